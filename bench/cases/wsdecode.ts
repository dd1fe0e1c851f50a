/**
 * Case 3: WebSocket decode. Frames per second through the SDK's parse, dispatch and schema decode
 * (exact decimals, validation included) for a realistic mix — mostly `orderbook_delta`, then
 * `ticker`, `trade` and the occasional snapshot — against bare `JSON.parse` of the same frames.
 */
import * as Messages from "@kalshi-effect/ws/Messages"
import { compare, type Result, type Settings } from "../lib.js"

/** A deterministic mix of realistic frames: 80% deltas, 10% ticker, 8% trades, 2% snapshots. */
export const makeFrames = (count: number): ReadonlyArray<string> => {
  let seed = 0x1234567
  const rand = () => {
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    return (seed >>> 0) / 4294967296
  }
  const price = () => (0.01 + Math.floor(rand() * 98) / 100).toFixed(4)
  const count2 = () => (1 + Math.floor(rand() * 500)).toFixed(2)
  const frames: Array<string> = []
  let seq = 1
  for (let i = 0; i < count; i++) {
    const r = rand()
    const ts = 1_767_225_600_000 + i
    if (r < 0.8) {
      frames.push(JSON.stringify({
        type: "orderbook_delta",
        sid: 1,
        seq: seq++,
        msg: {
          market_ticker: "KXBTCD-26JAN0117-T99999.99",
          market_id: "9b0f6b43-5b68-4f6e-9d8d-0b4f5c8b7e21",
          price_dollars: price(),
          delta_fp: (rand() < 0.5 ? "-" : "") + count2(),
          side: rand() < 0.5 ? "yes" : "no",
          ts_ms: ts
        }
      }))
    } else if (r < 0.9) {
      frames.push(JSON.stringify({
        type: "ticker",
        sid: 2,
        msg: {
          market_ticker: "KXBTCD-26JAN0117-T99999.99",
          market_id: "9b0f6b43-5b68-4f6e-9d8d-0b4f5c8b7e21",
          price_dollars: price(),
          yes_bid_dollars: price(),
          yes_ask_dollars: price(),
          volume_fp: "12345.00",
          open_interest_fp: "6789.00",
          dollar_volume: 6172,
          dollar_open_interest: 3394,
          yes_bid_size_fp: count2(),
          yes_ask_size_fp: count2(),
          last_trade_size_fp: count2(),
          ts: Math.floor(ts / 1000),
          ts_ms: ts,
          time: new Date(ts).toISOString()
        }
      }))
    } else if (r < 0.98) {
      const yes = price()
      frames.push(JSON.stringify({
        type: "trade",
        sid: 3,
        seq: seq++,
        msg: {
          trade_id: `t-${i}`,
          market_ticker: "KXBTCD-26JAN0117-T99999.99",
          yes_price_dollars: yes,
          no_price_dollars: (1 - Number(yes)).toFixed(4),
          count_fp: count2(),
          taker_side: "yes",
          taker_outcome_side: "yes",
          taker_book_side: "bid",
          is_block_trade: false,
          ts: Math.floor(ts / 1000),
          ts_ms: ts
        }
      }))
    } else {
      const levels = () => Array.from({ length: 20 }, () => [price(), count2()])
      frames.push(JSON.stringify({
        type: "orderbook_snapshot",
        sid: 1,
        seq: seq++,
        msg: {
          market_ticker: "KXBTCD-26JAN0117-T99999.99",
          market_id: "9b0f6b43-5b68-4f6e-9d8d-0b4f5c8b7e21",
          yes_dollars_fp: levels(),
          no_dollars_fp: levels()
        }
      }))
    }
  }
  return frames
}

/** What the connection does with each frame: parse, read the type, decode with the message's schema. */
export const decodeFrame = (text: string): Messages.DataMessage | undefined => {
  const json: unknown = JSON.parse(text)
  if (typeof json !== "object" || json === null || !("type" in json)) return undefined
  const type = json.type
  if (!Messages.isDataMessageType(type)) return undefined
  const decoded = Messages.decodeDataMessage(type, json)
  if (decoded._tag === "Left") throw new Error(`frame did not decode: ${decoded.left.message}`)
  return decoded.right
}

export const run = async (settings: Settings): Promise<ReadonlyArray<Result>> => {
  const frames = makeFrames(4096)
  let sink = 0
  let iSdk = 0
  let iFloor = 0
  const mask = frames.length - 1
  const stats = await compare([
    {
      name: "sdk",
      run: (n) => {
        for (let k = 0; k < n; k++) {
          const m = decodeFrame(frames[iSdk++ & mask]!)
          if (m !== undefined) sink++
        }
      }
    },
    {
      name: "floor",
      run: (n) => {
        for (let k = 0; k < n; k++) {
          const m: unknown = JSON.parse(frames[iFloor++ & mask]!)
          if (m !== undefined) sink++
        }
      }
    }
  ], settings)
  if (sink < 0) console.log(sink)
  const ratio = stats.sdk!.median / stats.floor!.median
  return [{
    case: "WebSocket decode (80% orderbook_delta, ticker, trade, snapshots)",
    unit: "frames/s",
    sdk: stats.sdk!,
    floor: { name: "bare JSON.parse of the same frames", ...stats.floor! },
    ratio,
    target: ">= 50% of JSON.parse throughput (ratio >= 0.50)",
    met: ratio >= 0.5
  }]
}
