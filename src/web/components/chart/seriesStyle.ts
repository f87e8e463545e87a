// How series are told apart: each has a theme colour, a line style and a marker shape, so two
// series differ without colour too (UI.md rule 9). Theme text colours keep 4.5:1 on the page,
// well over the 3:1 that lines and markers need. Red and green are left out: they mean "ej
// uppfyllt" and "uppfyllt" elsewhere.

export type Marker = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';

export interface SeriesStyle {
  color: string;
  dash: string | undefined;
  marker: Marker;
}

export const seriesStyles: SeriesStyle[] = [
  { color: 'var(--ds-color-accent-text-subtle)', dash: undefined, marker: 'circle' },
  { color: 'var(--ds-color-neutral-text-default)', dash: '8 4', marker: 'square' },
  { color: 'var(--ds-color-brand2-text-subtle)', dash: '2 3', marker: 'triangle' },
  { color: 'var(--ds-color-neutral-text-subtle)', dash: '12 3 3 3', marker: 'diamond' },
  { color: 'var(--ds-color-brand3-text-default)', dash: '4 2', marker: 'cross' },
];

export const styleOf = (i: number): SeriesStyle => seriesStyles[i % seriesStyles.length] as SeriesStyle;

/** An SVG path for a marker of about `r` radius centred on (x, y). */
export function markerPath(marker: Marker, x: number, y: number, r: number): string {
  switch (marker) {
    case 'circle':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    case 'square':
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}z`;
    case 'triangle':
      return `M${x},${y - r * 1.2}L${x + r * 1.1},${y + r * 0.9}H${x - r * 1.1}z`;
    case 'diamond':
      return `M${x},${y - r * 1.3}L${x + r * 1.1},${y}L${x},${y + r * 1.3}L${x - r * 1.1},${y}z`;
    case 'cross':
      return `M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`;
  }
}
