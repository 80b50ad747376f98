import { useTranslation } from 'react-i18next';

export interface NumberStyle {
  /** Decimals shown (at most, and at least when `fixed`); default 1, the precision a board shows. */
  readonly digits?: number;
  /** Always show `digits` decimals ("1,0" rather than "1"). */
  readonly fixed?: boolean;
  /** A "+" before positive numbers (emotion means, differences). */
  readonly sign?: boolean;
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number as the UI language writes it: "1,5" in French, "1.5" in English. The one way the web
 * app shows numbers, so no screen prints a decimal point in the French UI.
 */
export function formatNumber(value: number, language: string, style: NumberStyle = {}): string {
  const digits = style.digits ?? 1;
  const key = `${language}|${digits}|${style.fixed === true}|${style.sign === true}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language.startsWith('fr') ? 'fr-FR' : 'en-US', {
      maximumFractionDigits: digits,
      minimumFractionDigits: style.fixed ? digits : 0,
      signDisplay: style.sign ? 'exceptZero' : 'auto',
    });
    formats.set(key, format);
  }
  return format.format(value);
}

/** formatNumber in the current UI language, for components. */
export function useFormatNumber(): (value: number, style?: NumberStyle) => string {
  const { i18n } = useTranslation();
  return (value, style) => formatNumber(value, i18n.language, style);
}
