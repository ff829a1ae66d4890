import { useState } from 'preact/hooks';
import { SpeechKind, UpdateSpeechDocument } from '@diemcau/client';
import { choicesByName, choicesOf, SelectField, TextField } from '../../fields';
import { t } from '../../i18n';
import { FeedState } from '../../live/feed';
import { Speech } from '../../live/clock';
import { useWorkspace } from '../context';
import { Run } from './LiveConsole';

/** Question and explanation come in pairs from askQuestion: no speech changes to or from them. */
const PAIRED: readonly SpeechKind[] = ['QUESTION', 'EXPLANATION'];
const KINDS: readonly SpeechKind[] = ['REPORT', 'CONTRIBUTION', 'COMMENT', 'DIRECTIVE', 'CONCLUSION'];

/**
 * A speech put right: its speaker (a delegate seated at its site, or a name as announced), its
 * topic, its kind. Closed until asked for, so the queue stays one line a speech.
 */
export function SpeechEdit(props: { speech: Speech; state: FeedState; run: Run }) {
  const [open, setOpen] = useState(false);
  if (open) return <SpeechForm {...props} close={() => setOpen(false)} />;
  return (
    <button type="button" class="edit-speech" onClick={() => setOpen(true)}>
      {t('host.live.edit.open')}
    </button>
  );
}

/** Filled with the speech as it is when opened. */
function SpeechForm(props: { speech: Speech; state: FeedState; run: Run; close: () => void }) {
  const { speech } = props;
  const { client } = useWorkspace();
  const [participantId, setParticipantId] = useState(speech.participantId ?? '');
  const [speakerName, setSpeakerName] = useState(speech.speakerName ?? '');
  const [topic, setTopic] = useState(speech.topic ?? '');
  const [kind, setKind] = useState<SpeechKind>(speech.kind);
  const seated = props.state.participants.filter((p) => p.connectionPointId === speech.connectionPointId);
  const paired = PAIRED.includes(speech.kind);
  const submit = async (e: Event) => {
    e.preventDefault();
    const input = {
      id: speech.id,
      participantId: participantId || null,
      speakerName: participantId ? null : speakerName.trim() || null,
      topic: topic.trim() || null,
      ...(paired ? {} : { kind }),
    };
    if (await props.run(() => client.request(UpdateSpeechDocument, { input }))) props.close();
  };
  return (
    <form class="add-row speech-edit" data-edit-speech={speech.id} onSubmit={submit}>
      <SelectField
        label={t('host.live.edit.speaker')}
        value={participantId}
        choices={choicesByName(seated)}
        empty={t('host.live.edit.other')}
        onChange={setParticipantId}
      />
      {!participantId && (
        <TextField label={t('host.live.edit.speakerName')} value={speakerName} onInput={setSpeakerName} />
      )}
      <TextField label={t('host.live.edit.topic')} wide value={topic} onInput={setTopic} />
      {!paired && (
        <SelectField
          label={t('host.live.edit.kind')}
          value={kind}
          choices={choicesOf(KINDS, 'kind')}
          onChange={(k) => setKind(k as SpeechKind)}
        />
      )}
      <button type="submit">{t('host.live.edit.save')}</button>
      <button type="button" onClick={props.close}>
        {t('host.live.edit.cancel')}
      </button>
    </form>
  );
}
