// A visx axis tick label as one plain SVG <text>. visx's default (<Text>) measures every new label's
// width with getComputedTextLength, which forces a layout of the page mid-render; a tick label is one
// short line that needs no wrapping, so nothing needs measuring. Same attributes, so it looks the same.
import type { TickRendererProps } from '@visx/axis';

export function PlainTickLabel({ formattedValue, x, y, dx, dy, fontSize, fontFamily, fill, textAnchor }: TickRendererProps) {
  return (
    <text x={x} y={y} dx={dx} dy={dy} fontSize={fontSize} fontFamily={fontFamily} fill={fill} textAnchor={textAnchor}>
      {formattedValue}
    </text>
  );
}
