import { useEffect, useState } from 'preact/hooks';
import {
  AnnounceConclusionDocument,
  DraftConclusionDocument,
  isDiemcauError,
  PublishConclusionDocument,
  UpdateConclusionDocument,
} from '@diemcau/client';
import { errorText } from '../../errors';
import { choicesByName, SelectField } from '../../fields';
import { t } from '../../i18n';
import { useWorkspace } from '../context';
import { fetchWithToken } from '../files';
import { Outcome } from '../outcome';
import { Directives } from './Directives';
import { LiveProps } from './LiveConsole';

type Theirs = { text: string; version: number };

/**
 * The conclusion: drafted, then updated with the version it was read at. When another host saved
 * first (CONFLICT), their text is shown beside one's own to merge, and the merge is saved against
 * their version. Then announced, directives given, and after the end published as a notice.
 */
export function ConclusionPanel(props: LiveProps & { setOutcome: (outcome: Outcome) => void }) {
  const { live, state, run, setOutcome } = props;
  const { client, session } = useWorkspace();
  const conclusion = state.conclusion;
  const [text, setText] = useState(conclusion?.text ?? '');
  const [base, setBase] = useState(conclusion?.version ?? 0);
  const [dirty, setDirty] = useState(false);
  const [theirs, setTheirs] = useState<Theirs | null>(null);
  const [noticeNumber, setNoticeNumber] = useState('');
  // Who signs the notice (Nghị định 30): required to publish it.
  const [signer, setSigner] = useState({ authority: '', title: '', name: '' });
  const chairs = state.participants.filter((p) => p.role === 'CHAIR');
  const [concludedById, setConcludedById] = useState('');

  // Another host's save shows at once while this one has not started editing.
  useEffect(() => {
    if (!conclusion || dirty) return;
    setText(conclusion.text);
    setBase(conclusion.version);
  }, [conclusion?.version]);

  const save = async (expectedVersion: number) => {
    try {
      const saved = conclusion
        ? (await client.request(UpdateConclusionDocument, { id: conclusion.id, text, expectedVersion }))
            .updateConclusion
        : (
            await client.request(DraftConclusionDocument, {
              input: {
                meetingId: live.meetingId,
                text,
                concludedById: concludedById || chairs[0]?.id || null,
              },
            })
          ).draftConclusion;
      setBase(saved.version);
      setDirty(false);
      setTheirs(null);
      setOutcome({ text: t('host.conclusion.saved', { version: saved.version }), error: false });
    } catch (e) {
      const current = isDiemcauError(e, 'CONFLICT') ? e.current : undefined;
      if (current && 'text' in current) {
        setTheirs({ text: current.text, version: current.version });
        setOutcome({ text: t('host.conclusion.conflict', { version: current.version }), error: true });
      } else setOutcome({ text: errorText(e, 'host'), error: true });
    }
  };
  const useTheirs = () => {
    if (!theirs) return;
    setText(theirs.text);
    setBase(theirs.version);
    setDirty(false);
    setTheirs(null);
  };
  const openNotice = async () => {
    const notice = await run(() =>
      fetchWithToken(`/meetings/${live.meetingId}/notice?format=html`, session.token),
    );
    if (notice) window.open(URL.createObjectURL(notice), '_blank', 'noopener');
  };
  const editor = (
    <textarea
      name="conclusion"
      aria-label={theirs ? t('host.conclusion.mine') : t('host.conclusion.heading')}
      rows={8}
      value={text}
      onInput={(e) => {
        setText(e.currentTarget.value);
        setDirty(true);
      }}
    />
  );
  return (
    <section
      class="panel live-conclusion"
      data-testid="conclusion-editor"
      data-version={conclusion?.version ?? 0}
    >
      <h2>
        {t('host.conclusion.heading')}
        {conclusion && <span class="muted"> · {t(`conclusionStatus.${conclusion.status}`)}</span>}
      </h2>
      {dirty && conclusion && conclusion.version !== base && !theirs && (
        <p class="hot" role="status">
          {t('host.conclusion.changedElsewhere', { version: conclusion.version })}
        </p>
      )}
      {theirs ? (
        <div class="merge" data-testid="merge-view">
          <div>
            <h3>{t('host.conclusion.theirs', { version: theirs.version })}</h3>
            <pre class="theirs" data-testid="theirs">
              {theirs.text}
            </pre>
            <button type="button" onClick={useTheirs}>
              {t('host.conclusion.useTheirs')}
            </button>
          </div>
          <div>
            <h3>{t('host.conclusion.mine')}</h3>
            {editor}
            <button type="button" onClick={() => save(theirs.version)}>
              {t('host.conclusion.saveMerged')}
            </button>
          </div>
        </div>
      ) : (
        <>
          {editor}
          <div class="actions">
            {!conclusion && chairs.length > 0 && (
              <SelectField
                label={t('host.conclusion.by')}
                value={concludedById || chairs[0].id}
                choices={choicesByName(chairs)}
                onChange={setConcludedById}
              />
            )}
            <button type="button" onClick={() => save(base)}>
              {conclusion ? t('host.conclusion.update', { version: base }) : t('host.conclusion.draft')}
            </button>
            {conclusion?.status === 'DRAFT' && (
              <button
                type="button"
                onClick={() => run(() => client.request(AnnounceConclusionDocument, { id: conclusion.id }))}
              >
                {t('host.conclusion.announce')}
              </button>
            )}
            {conclusion && conclusion.status !== 'PUBLISHED' && live.status === 'ENDED' && (
              <>
                <input
                  aria-label={t('host.conclusion.noticeNumber')}
                  placeholder={t('host.conclusion.noticeNumber')}
                  value={noticeNumber}
                  onInput={(e) => setNoticeNumber(e.currentTarget.value)}
                />
                {(['authority', 'title', 'name'] as const).map((part) => (
                  <input
                    key={part}
                    aria-label={t(`host.conclusion.signer.${part}`)}
                    placeholder={t(`host.conclusion.signer.${part}`)}
                    value={signer[part]}
                    onInput={(e) => setSigner({ ...signer, [part]: e.currentTarget.value })}
                  />
                ))}
                <button
                  type="button"
                  onClick={() =>
                    run(() =>
                      client.request(PublishConclusionDocument, {
                        id: conclusion.id,
                        noticeNumber,
                        notice: { signer: { ...signer, authority: signer.authority || null } },
                      }),
                    )
                  }
                >
                  {t('host.conclusion.publish')}
                </button>
              </>
            )}
            {conclusion?.status === 'PUBLISHED' && (
              <button type="button" onClick={openNotice}>
                {t('host.conclusion.open')} {conclusion.noticeNumber}
              </button>
            )}
          </div>
        </>
      )}
      {conclusion && <Directives conclusion={conclusion} {...props} />}
    </section>
  );
}
