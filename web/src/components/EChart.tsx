/**
 * The one way the app draws a chart: Apache ECharts through `echarts/core`, with only the chart types and
 * components registered below (so the `echarts` chunk stays small), the SVG renderer (sharp at any zoom, text
 * selectable), the ARIA description on (ECharts puts `role="img"` and our `aria-label` on the box), decals off
 * unless a chart asks for them (colour is never the only cue: every chart also has its table, see `ChartFigure`),
 * colours from the Ant Design theme, a resize whenever the box changes size, and disposal on unmount.
 *
 * Add a chart type here (and nowhere else) when a page needs one. These imports tree-shake (nothing else of ECharts
 * is bundled): `echarts/core` with bar, line and a grid on SVG is 473 kB minified (161 kB gzip) by itself, and the
 * rest adds the tooltip with its axis pointer (50 kB), the legend (12 kB), the mark line (18 kB) and ARIA with
 * decals (3 kB): 556 kB, 187 kB gzip. The legend is the plain one (it wraps): the scrolling legend would add 6 kB.
 * Measured with Vite 8 and ECharts 6.0; measure again before registering more.
 */
import { theme as antdTheme, Radio } from 'antd';
import type { PlainLegendComponentOption } from 'echarts';
import { BarChart, type BarSeriesOption, LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  type AriaComponentOption,
  GridComponent,
  type GridComponentOption,
  LegendPlainComponent,
  MarkLineComponent,
  type MarkLineComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, type EChartsType, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMediaQuery } from '../layout/useMediaQuery';
import './charts.css';

use([
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

/** The options a chart of this app may use: the registered series and components only. */
export type EChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | PlainLegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

/**
 * Series colours from the theme: the darkened primary, success, warning and error colours (each 4.5:1 or more
 * on white, see theme.ts), then dark tints that stay apart from them.
 */
export function useChartColours() {
  const { token } = antdTheme.useToken();
  return useMemo(
    () => ({
      primary: token.colorPrimary,
      success: token.colorSuccess,
      warning: token.colorWarning,
      error: token.colorError,
      muted: token.colorTextDescription,
      text: token.colorText,
      grid: token.colorBorderSecondary,
      palette: [
        token.colorPrimary,
        token.colorWarning,
        token.colorSuccess,
        '#722ed1',
        token.colorError,
        '#006d75',
        '#9e1068',
        '#595959',
      ],
      fontFamily: token.fontFamily,
    }),
    [token],
  );
}

type EChartProps = {
  option: EChartOption;
  /** The chart's accessible name (ECharts' `aria.label.description`): what it shows, in a sentence. */
  ariaLabel: string;
  /** Height in CSS pixels; the width follows the container. */
  height?: number;
  /** Decal patterns on the series (off by default; turn on where colours alone would separate many series). */
  decal?: boolean;
  testId?: string;
};

/** One ECharts instance in a box that fills its container's width. */
export function EChart({ option, ariaLabel, height = 320, decal = false, testId }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const colours = useChartColours();
  const reduceMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const { i18n } = useTranslation();
  // ECharts ships English and Chinese texts only; its own texts (ARIA fallbacks) are English for both languages.
  const locale = 'EN';

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, null, { renderer: 'svg', locale });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        color: colours.palette,
        textStyle: { fontFamily: colours.fontFamily, color: colours.text },
        animation: !reduceMotion,
        aria: { enabled: true, label: { description: ariaLabel }, decal: { show: decal } },
        ...option,
      },
      { notMerge: true },
    );
  }, [option, ariaLabel, decal, colours, reduceMotion]);

  return (
    <div ref={box} className="echart" style={{ height }} lang={i18n.resolvedLanguage} data-testid={testId} />
  );
}

type View = 'chart' | 'table';

type ChartFigureProps = EChartProps & {
  /** The visible caption; also names the chart and its table for assistive technology. */
  title: string;
  /** The same figures as a table (every chart must be readable as one). */
  table: ReactNode;
  defaultView?: View;
};

/**
 * A chart with its table: a caption, a "Chart | Table" switch, and one of the two below it. Tests and people
 * who prefer numbers read the table; the chart's own `aria-label` says what it shows.
 */
export function ChartFigure({ title, table, defaultView = 'chart', testId, ...chart }: ChartFigureProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>(defaultView);
  const captionId = useId();
  return (
    <figure className="chart-figure" aria-labelledby={captionId} data-testid={testId}>
      <div className="chart-figure-head">
        <figcaption id={captionId} className="chart-figure-caption">
          {title}
        </figcaption>
        <Radio.Group
          optionType="button"
          size="small"
          value={view}
          onChange={(e) => setView(e.target.value as View)}
          aria-label={t('common.chart.view', { name: title })}
          options={[
            { value: 'chart', label: t('common.chart.chart') },
            { value: 'table', label: t('common.chart.table') },
          ]}
          data-testid={testId ? `${testId}-view` : undefined}
        />
      </div>
      {view === 'chart' ? (
        <EChart {...chart} testId={testId ? `${testId}-chart` : undefined} />
      ) : (
        <div data-testid={testId ? `${testId}-table` : undefined}>{table}</div>
      )}
    </figure>
  );
}
