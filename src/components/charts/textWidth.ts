/** Rough width of a label in px at the chart font size, to reserve room so labels are never clipped. */
export function estimateTextWidth(text: string, fontSize = 13): number {
  let units = 0;
  for (const char of text) {
    if (/[ilI.,:;|'!·]/.test(char)) units += 0.3;
    else if (/[mwMW%@]/.test(char)) units += 0.9;
    else if (/[A-Z0-9≈]/.test(char)) units += 0.65;
    else units += 0.55;
  }
  return Math.ceil(units * fontSize);
}
