/**
 * Small SVG line charts for the README: one panel per series, stacked, each with its own y axis.
 */

export interface Series {
  readonly title: string
  readonly unit: string
  readonly points: ReadonlyArray<readonly [x: number, y: number]>
  /** Draw the x axis on a log scale. */
  readonly logX?: boolean | undefined
  /** Several lines in one panel: each with its label. */
  readonly lines?: ReadonlyArray<{ readonly label: string; readonly points: ReadonlyArray<readonly [number, number]> }>
}

const colors = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c"]

const nice = (v: number): string =>
  Math.abs(v) >= 1e6
    ? `${(v / 1e6).toFixed(1)}M`
    : Math.abs(v) >= 1e4
    ? `${(v / 1e3).toFixed(0)}k`
    : Math.abs(v) >= 100
    ? v.toFixed(0)
    : Math.abs(v) >= 10
    ? v.toFixed(1)
    : v.toFixed(2)

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

/** Panels stacked vertically, sharing the x label. */
export const svg = (options: {
  readonly title: string
  readonly xLabel: string
  readonly panels: ReadonlyArray<Series>
  readonly width?: number
  readonly panelHeight?: number
}): string => {
  const width = options.width ?? 720
  const ph = options.panelHeight ?? 150
  const left = 70
  const right = 20
  const top = 34
  const gap = 42
  const height = top + options.panels.length * (ph + gap) + 10
  const out: Array<string> = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2}" y="18" text-anchor="middle" font-size="14" font-weight="bold">${
      escape(options.title)
    }</text>`
  ]
  options.panels.forEach((panel, p) => {
    const y0 = top + p * (ph + gap) + 16
    const lines = panel.lines ?? [{ label: "", points: panel.points }]
    const all = lines.flatMap((l) => l.points)
    if (all.length === 0) return
    const fx = (x: number) => (panel.logX === true ? Math.log10(Math.max(x, 1e-9)) : x)
    const xmin = Math.min(...all.map((q) => fx(q[0])))
    let xmax = Math.max(...all.map((q) => fx(q[0])))
    let ymin = Math.min(0, ...all.map((q) => q[1]))
    let ymax = Math.max(...all.map((q) => q[1]))
    if (xmax === xmin) xmax = xmin + 1
    if (ymax === ymin) ymax = ymin + 1
    ymax += (ymax - ymin) * 0.08
    if (ymin < 0) ymin -= (ymax - ymin) * 0.08
    const sx = (x: number) => left + ((fx(x) - xmin) / (xmax - xmin)) * (width - left - right)
    const sy = (y: number) => y0 + ph - ((y - ymin) / (ymax - ymin)) * ph
    out.push(
      `<text x="${left}" y="${y0 - 6}" font-weight="bold">${escape(panel.title)} (${escape(panel.unit)})</text>`,
      `<rect x="${left}" y="${y0}" width="${width - left - right}" height="${ph}" fill="none" stroke="#999"/>`
    )
    for (let i = 0; i <= 4; i++) {
      const v = ymin + ((ymax - ymin) * i) / 4
      const y = sy(v)
      out.push(
        `<line x1="${left}" x2="${width - right}" y1="${y}" y2="${y}" stroke="#eee"/>`,
        `<text x="${left - 5}" y="${y + 4}" text-anchor="end">${nice(v)}</text>`
      )
    }
    const xticks = panel.logX === true
      ? [...new Set(all.map((q) => q[0]))].sort((a, b) => a - b)
      : Array.from({ length: 6 }, (_, i) => xmin + ((xmax - xmin) * i) / 5)
    for (const x of xticks) {
      out.push(`<text x="${sx(x)}" y="${y0 + ph + 14}" text-anchor="middle">${nice(x)}</text>`)
    }
    lines.forEach((line, i) => {
      const color = colors[i % colors.length]!
      const pts = [...line.points].sort((a, b) => a[0] - b[0])
      out.push(
        `<polyline fill="none" stroke="${color}" stroke-width="1.8" points="${
          pts.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(" ")
        }"/>`
      )
      for (const [x, y] of pts) {
        out.push(`<circle cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="2.2" fill="${color}"/>`)
      }
      if (line.label !== "") {
        out.push(
          `<text x="${width - right - 6}" y="${y0 + 14 + i * 13}" text-anchor="end" fill="${color}">${
            escape(line.label)
          }</text>`
        )
      }
    })
    if (p === options.panels.length - 1) {
      out.push(
        `<text x="${left + (width - left - right) / 2}" y="${y0 + ph + 30}" text-anchor="middle">${
          escape(options.xLabel)
        }</text>`
      )
    }
  })
  out.push("</svg>")
  return out.join("\n") + "\n"
}
