/** Switches the whole UI between Vietnamese and English; the button names the language it switches to. */
import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = i18n.resolvedLanguage === 'en' ? 'vi' : 'en';
  return (
    <Button
      type="text"
      icon={<GlobalOutlined aria-hidden />}
      onClick={() => void i18n.changeLanguage(target)}
      title={t('language.switchHint')}
      data-testid="language-switch"
    >
      <span lang={target}>{t('language.switchTo')}</span>
    </Button>
  );
}
