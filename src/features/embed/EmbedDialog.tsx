import { useEffect, useId, useRef, useState } from 'react';
import decodeContext from 'virtual:decode-context';
import { Dialog } from '../../components/Dialog.tsx';
import type { ChartModel } from '../../domain/chartModel.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useDashboardStore } from '../../state/StoreContext.tsx';
import type { Locale } from '../../i18n/locales.ts';
import type { Theme } from '../../domain/vocabulary.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { THEMES } from '../../domain/vocabulary.ts';
import { parseEmbedMessage } from './messages.ts';
import { chartShareUrl } from './shareLink.ts';
import { chartModelFor } from '../charts/chartModels.ts';
import {
  initialEmbedHeight,
  appRootPath,
  buildEmbedCode,
  embedUrl,
  publicBaseUrl,
} from './embedCode.ts';

export default function EmbedDialog({
  model,
  onClose,
}: {
  model: ChartModel;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const store = useDashboardStore();
  const ids = { theme: useId(), lang: useId(), code: useId(), link: useId() };
  const [theme, setTheme] = useState<Theme>(store.getState().theme);
  const [embedLocale, setEmbedLocale] = useState<Locale>(locale);
  const [options, setOptions] = useState({ hideTitle: false, hideSource: false, isStatic: false });
  const preview = useRef<HTMLIFrameElement>(null);
  /** The iframe is named in the embed's language, as the page inside it is titled. */
  const titleIn = (shown: ChartModel, language: Locale): string => {
    if (language === locale) return shown.text.title;
    const { datasets, ...view } = store.getState();
    const ready = {
      exports: datasets.exports.status === 'ready' ? datasets.exports.data : undefined,
      pmi: datasets.pmi.status === 'ready' ? datasets.pmi.data : undefined,
    };
    return (
      chartModelFor(shown.id, ready, { ...view, locale: language })?.text.title ?? shown.text.title
    );
  };
  // The preview resizes like a host page with embed-host.js would.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const frame = preview.current;
      const message = parseEmbedMessage(event.data);
      if (frame && message && event.source === frame.contentWindow)
        frame.style.height = `${message.height}px`;
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  const input = {
    baseUrl: publicBaseUrl(),
    chart: model.id,
    // A link names the data it was made with: opened after an update, it says what changed.
    view: { ...store.getState(), dataVersion: decodeContext.dataVersion ?? null },
    theme,
    locale: embedLocale,
    options,
    title: titleIn(model, embedLocale),
  };
  const code = buildEmbedCode(input);
  const previewSrc = embedUrl({
    ...input,
    baseUrl: appRootPath(),
  });

  const shareLink = chartShareUrl({
    baseUrl: input.baseUrl,
    chart: model.id,
    view: input.view,
    locale: embedLocale,
  });

  const toggle = (key: keyof typeof options) => setOptions({ ...options, [key]: !options[key] });

  return (
    <Dialog title={t('embed.heading')} closeLabel={t('actions.close')} onClose={onClose}>
      <div className="dialog__grid">
        <label className="control" htmlFor={ids.theme}>
          <span className="control__label">{t('embed.theme')}</span>
          <select
            id={ids.theme}
            value={theme}
            onChange={(event) => setTheme(event.target.value as Theme)}
          >
            {THEMES.map((option) => (
              <option key={option} value={option}>
                {t(`app.theme.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="control" htmlFor={ids.lang}>
          <span className="control__label">{t('embed.language')}</span>
          <select
            id={ids.lang}
            value={embedLocale}
            onChange={(event) => setEmbedLocale(event.target.value as Locale)}
          >
            {LOCALES.map((option) => (
              <option key={option} value={option}>
                {t(`app.languageName.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={options.hideTitle} onChange={() => toggle('hideTitle')} />
          {t('embed.hideTitle')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={options.hideSource}
            onChange={() => toggle('hideSource')}
          />
          {t('embed.hideSource')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={options.isStatic} onChange={() => toggle('isStatic')} />
          {t('embed.static')}
        </label>
      </div>
      <label className="dialog__label" htmlFor={ids.code}>
        {t('embed.code')}
      </label>
      <textarea
        id={ids.code}
        className="code"
        readOnly
        value={code}
        rows={5}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="dialog__help">{t('embed.help')}</p>
      <CopyButton text={code} label={t('embed.copy')} done={t('embed.copied')} primary />
      <h3 className="dialog__subheading">{t('embed.shareHeading')}</h3>
      <p className="dialog__help">{t('embed.shareHelp')}</p>
      <label className="dialog__label" htmlFor={ids.link}>
        {t('embed.shareLink')}
      </label>
      <input
        id={ids.link}
        className="code"
        type="text"
        readOnly
        value={shareLink}
        onFocus={(e) => e.currentTarget.select()}
      />
      <CopyButton text={shareLink} label={t('embed.copyLink')} done={t('embed.linkCopied')} />
      <h3 className="dialog__subheading">{t('embed.preview')}</h3>
      <iframe
        ref={preview}
        className="embed-preview"
        src={previewSrc}
        title={input.title}
        lang={embedLocale}
        height={initialEmbedHeight(model.id, embedLocale)}
      />
    </Dialog>
  );
}

/** A button that copies `text`, and the status line that says whether it did. */
function CopyButton({
  text,
  label,
  done,
  primary = false,
}: {
  text: string;
  label: string;
  done: string;
  primary?: boolean;
}) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="dialog__actions">
      <button
        type="button"
        className={primary ? 'button button--primary' : 'button'}
        onClick={() => void copy()}
      >
        {label}
      </button>
      <span role="status" className="dialog__status">
        {copied === 'yes' ? done : copied === 'failed' ? t('download.copyFailed') : ''}
      </span>
    </div>
  );
}
