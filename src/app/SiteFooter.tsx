import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';

import { ONE_FILE_PATH } from './oneFilePath.ts';

/**
 * The app's root relative to this page: the prerendered page's data-base (./, ../, ../../), set by
 * the build (and by the prerender before it renders), else this page's folder.
 */
function rootBase(): string {
  if (typeof document === 'undefined') return './';
  return document.documentElement.getAttribute('data-base') ?? './';
}

/**
 * The dashboard's footer: where the figures come from, links to the data package, the one-file
 * edition, the embed and citation help, the code's licence and the data's terms, and the short
 * help sections they lead to. The one-file edition and the data package are files of the web
 * build; the one-file edition itself (and a web build without them) names how to make them.
 */
export function SiteFooter({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  const web = import.meta.env.VITE_PRERENDERED_PAGES === 'true';
  const oneFile = web && import.meta.env.VITE_ONE_FILE === 'true';
  const base = rootBase();
  return (
    <footer className="site-footer">
      <p>{t('app.footer')}</p>
      {children}
      <nav className="site-footer__links" aria-label={t('footer.nav')}>
        <ul>
          {web ? (
            <li>
              <a href={`${base}data/datapackage.json`}>{t('footer.dataPackage')}</a>
            </li>
          ) : null}
          {oneFile ? (
            <li>
              <a href={`${base}${ONE_FILE_PATH}`} download>
                {t('footer.oneFile')}
              </a>
            </li>
          ) : null}
          <li>
            <a href="#how-to-embed">{t('footer.howToEmbed')}</a>
          </li>
          <li>
            <a href="#how-to-cite">{t('footer.howToCite')}</a>
          </li>
          {web ? (
            <li>
              <a href={`${base}LICENSE.txt`}>{t('footer.codeLicence')}</a>
            </li>
          ) : null}
          <li>
            <a href="#data-terms">{t('footer.dataTerms')}</a>
          </li>
        </ul>
      </nav>
      {oneFile ? null : <p>{t('footer.oneFileBuild')}</p>}
      <section className="site-footer__help" id="how-to-embed" aria-labelledby="how-to-embed-h">
        <h2 id="how-to-embed-h">{t('footer.howToEmbed')}</h2>
        <p>{t('footer.howToEmbedText')}</p>
      </section>
      <section className="site-footer__help" id="how-to-cite" aria-labelledby="how-to-cite-h">
        <h2 id="how-to-cite-h">{t('footer.howToCite')}</h2>
        <p>{t('footer.howToCiteText')}</p>
      </section>
      <section className="site-footer__help" id="data-terms" aria-labelledby="data-terms-h">
        <h2 id="data-terms-h">{t('footer.dataTerms')}</h2>
        <p>{t('footer.dataTermsText')}</p>
        <p>{t('footer.codeLicenceText')}</p>
      </section>
    </footer>
  );
}
