import type { Locale, TemplateId } from '@parcours/journey';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, createBoard } from '../../api/boards';
import { Segmented } from '../common/Segmented';
import { openCreatedBoard } from './openCreatedBoard';

const TEMPLATES: readonly { id: TemplateId; locale: Locale | null }[] = [
  { id: 'fr-purchase-8', locale: 'fr' },
  { id: 'en-purchase-8', locale: 'en' },
  { id: 'fr-lifecycle-5', locale: 'fr' },
  { id: 'en-lifecycle-5', locale: 'en' },
  { id: 'fr-blueprint', locale: 'fr' },
  { id: 'en-blueprint', locale: 'en' },
  { id: 'blank', locale: null },
];

export function CreateBoardForm() {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState('');
  const [locale, setLocale] = useState<Locale>(i18n.language === 'en' ? 'en' : 'fr');
  const [template, setTemplate] = useState<TemplateId>(locale === 'en' ? 'en-purchase-8' : 'fr-purchase-8');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onLocale = (next: Locale) => {
    setLocale(next);
    // Follow the language with the matching template, so a French board gets French phases.
    setTemplate((current) =>
      current === 'blank' ? current : (current.replace(/^(fr|en)-/, `${next}-`) as TemplateId),
    );
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const finalTitle = title.trim() || t('home.create.defaultTitle');
    try {
      const created = await createBoard({ title: finalTitle, locale, template });
      openCreatedBoard(created, finalTitle);
    } catch (e) {
      const status = e instanceof ApiError ? e.status : -1;
      setError(t(status === 0 ? 'errors.network' : status === 429 ? 'errors.tooManyBoards' : 'errors.createFailed'));
      setBusy(false);
    }
  };

  return (
    <form className="card-panel create-form" onSubmit={onSubmit} aria-labelledby="create-title">
      <h2 id="create-title">{t('home.create.heading')}</h2>
      <label className="field">
        <span>{t('home.create.title')}</span>
        <input
          name="title"
          value={title}
          maxLength={200}
          placeholder={t('home.create.defaultTitle')}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <Segmented
        legend={t('home.create.language')}
        label={t('home.create.language')}
        name="locale"
        value={locale}
        options={(['fr', 'en'] as const).map((lng) => ({ value: lng, label: t(`languages.${lng}`) }))}
        onChange={onLocale}
      />
      <fieldset className="field templates">
        <legend>{t('home.create.template')}</legend>
        {TEMPLATES.filter((tpl) => tpl.locale === null || tpl.locale === locale).map((tpl) => (
          <label key={tpl.id} className={`template-option ${template === tpl.id ? 'active' : ''}`}>
            <input
              type="radio"
              name="template"
              value={tpl.id}
              checked={template === tpl.id}
              onChange={() => setTemplate(tpl.id)}
            />
            <strong>{t(`templates.${tpl.id}.name`)}</strong>
            <small>{t(`templates.${tpl.id}.description`)}</small>
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('home.create.creating') : t('home.create.submit')}
      </button>
    </form>
  );
}
