/** The preparedness scenarios of the communes the reader sees, one card per scenario. */
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { type Abilities, useScenarios } from './api';
import { ScenarioDialog } from './SteeringDialogs';

export function ScenariosSection({
  provinceCode,
  communes,
}: {
  provinceCode: string;
  /** The communes the reader keeps scenarios for (none: the form is not offered). */
  communes: Abilities['communes'];
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const format = useFormat();
  const query = useScenarios(provinceCode);
  return (
    <section className="panel" aria-labelledby="disasters-scenarios" data-testid="disaster-scenarios">
      <div className="table-section-head">
        <h2 id="disasters-scenarios" className="section-heading-small">
          {t('disasters.scenariosHeading')}
        </h2>
        {communes.length ? (
          <Button onClick={() => setAdding(true)} data-testid="scenario-add">
            {t('communesEdit.scenario.add')}
          </Button>
        ) : null}
      </div>
      {adding ? <ScenarioDialog communes={communes} onClose={() => setAdding(false)} /> : null}
      {query.isPending ? (
        <InlineLoading />
      ) : query.isError ? (
        <ProblemAlert error={query.error} />
      ) : (
        <div className="scenario-grid">
          {query.data.map((s) => (
            <Card
              key={s.id}
              size="small"
              title={<h3 className="card-heading">{`${s.unitName}: ${s.title}`}</h3>}
            >
              <p>
                <strong>{t(`disasters.hazards.${s.hazard}`)}</strong> ·{' '}
                {t('disasters.scenario.households', {
                  households: format.count(s.householdsAtRisk),
                  people: format.count(s.peopleAtRisk),
                })}
              </p>
              <dl className="scenario-facts">
                <dt>{t('disasters.scenario.sites')}</dt>
                <dd>{s.evacuationSites}</dd>
                <dt>{t('disasters.scenario.forces')}</dt>
                <dd>{s.forces}</dd>
                <dt>{t('disasters.scenario.supplies')}</dt>
                <dd>{s.supplies}</dd>
              </dl>
              {s.approvedOn ? (
                <p className="muted">{t('disasters.scenario.approved', { day: format.day(s.approvedOn) })}</p>
              ) : null}
            </Card>
          ))}
        </div>
      )}
    </section>
  );
}
