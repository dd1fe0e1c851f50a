/** Frames in the shapes the exchange has really sent, older than the AsyncAPI's required lists. */

/** A `ticker` frame in the shape recorded from the exchange in 2025 and January 2026: no `*_fp` fields, no `ts_ms`. */
export const oldTicker = {
  type: "ticker",
  sid: 11,
  msg: {
    market_id: "9b0f6b43-5b68-4f9f-9f02-a2a2b2c1d0e9",
    market_ticker: "KXBTCD-26JAN1417-T95499.99",
    price: 48,
    yes_bid: 45,
    yes_ask: 53,
    price_dollars: "0.4800",
    yes_bid_dollars: "0.4500",
    yes_ask_dollars: "0.5300",
    volume: 33896,
    open_interest: 20422,
    dollar_volume: 16948,
    dollar_open_interest: 10211,
    ts: 1768425000,
    Clock: 6617433391
  }
}

/** A `trade` frame in the older shape: no `taker_outcome_side`, `taker_book_side`, `is_block_trade` or `ts_ms`. */
export const oldTrade = {
  type: "trade",
  sid: 12,
  seq: 4,
  msg: {
    trade_id: "d91bc706-ee49-470d-82d8-11418bda6fed",
    market_ticker: "KXBTCD-26JAN1417-T95499.99",
    yes_price: 36,
    no_price: 64,
    yes_price_dollars: "0.3600",
    no_price_dollars: "0.6400",
    count: 136,
    count_fp: "136.00",
    taker_side: "no",
    ts: 1768425001
  }
}
