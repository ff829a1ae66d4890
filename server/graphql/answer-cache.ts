import type {
  ApolloServerPlugin,
  GraphQLRequestContextResponseForOperation,
  GraphQLResponse,
} from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { DocumentNode, execute, getArgumentValues, GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import { liveScope } from '../access/access';
import { Context } from './context';
import { eventSourcedMeeting, MeetingSelection } from './event-sourced-fields';
import { Loaders } from './loaders';
import { ResultBudget, SerializedAnswer } from './result-budget';

/** An answer and the meeting's last event seq when it was asked (what it shows is that or newer). */
type Kept = { seq: number; answer: SerializedAnswer };

type Request = GraphQLRequestContextResponseForOperation<Context>;

/**
 * Answers of the `meeting` query kept until the meeting's next event: when 764 sites ask for the
 * national snapshot after the same event, it is executed and serialized once, and each of them
 * is sent its JSON (as SharedPush sends one push to a group).
 *
 * Only an operation whose every field is a function of the meeting's event log is kept
 * (event-sourced-fields.ts). Each request still resolves the meeting as the root field does
 * (`meetings.get`: the meeting's row under the access rule, for the caller as it is now, one
 * statement); its `lastEventSeq`, read from the database, says whether a kept answer is current. So
 * an instance that has not heard of an event yet (another instance committed it, Redis is late)
 * never serves an answer from before it. Answers are kept per document, variables and
 * `access.liveScope`, as shared pushes are: no one is given an answer executed for another scope.
 *
 * Requests that find the same answer being executed wait for it. Memory is bounded (LRU by size)
 * and each key keeps only its newest answer.
 */
export class AnswerCache {
  private readonly answers: LRUCache<string, Kept>;
  /** The executions under way, by key and seq. */
  private readonly running = new Map<string, Promise<SerializedAnswer | null>>();
  private readonly selections = new WeakMap<DocumentNode, Map<string, MeetingSelection | null>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly maxBytes: number,
  ) {
    this.answers = new LRUCache({
      maxSize: Math.max(maxBytes, 1),
      // What the string takes in memory: two bytes a character (Vietnamese text is not Latin-1).
      sizeCalculation: (kept) => 2 * kept.answer.json.length,
    });
  }

  /** The Apollo plugin that answers from here, before Apollo executes. */
  plugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => ({
        responseForOperation: (request) => this.respond(request),
      }),
    };
  }

  /** A kept answer, or null: Apollo executes as usual (and answers any error as usual). */
  private async respond(request: Request): Promise<GraphQLResponse | null> {
    const { contextValue: context, document, queryHash } = request;
    const { actor } = context;
    if (this.maxBytes === 0 || !actor) return null;
    const selection = this.selectionOf(document, request.request.operationName);
    if (!selection) return null;
    const variables = request.request.variables ?? {};
    let seq: number;
    try {
      const { id } = getArgumentValues(selection.field, selection.node, variables);
      ({ lastEventSeq: seq } = await context.services.meetings.get(actor, String(id)));
    } catch {
      return null;
    }
    const key = [
      liveScope(actor),
      queryHash,
      request.request.operationName ?? '',
      JSON.stringify(variables),
    ].join('\u0000');
    const answer = await this.answer(key, seq, request);
    return (
      answer && { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: answer.result } }
    );
  }

  /** The answer of `key` at `seq` or later: kept, being executed, or executed now. */
  private answer(key: string, seq: number, request: Request): Promise<SerializedAnswer | null> {
    const kept = this.answers.get(key);
    if (kept && kept.seq >= seq) return Promise.resolve(kept.answer);
    const run = `${key}\u0000${seq}`;
    let running = this.running.get(run);
    if (!running) {
      running = this.execute(request).then((answer) => {
        // An answer executed for an older seq does not replace a newer one.
        if (answer && !((this.answers.get(key)?.seq ?? -1) > seq)) this.answers.set(key, { seq, answer });
        return answer;
      });
      this.running.set(run, running);
      void running.finally(() => this.running.delete(run));
    }
    return running;
  }

  /**
   * Executes the operation as Apollo would, with loaders and a budget of its own (it is the
   * execution of everyone waiting for it); an answer with errors or over its budget is not kept,
   * and each request then runs its own execution, whose errors Apollo answers.
   */
  private async execute(request: Request): Promise<SerializedAnswer | null> {
    const parent = request.contextValue;
    const budget = new ResultBudget(parent.services.config.limits.result);
    const contextValue: Context = {
      ...parent,
      loaders: new Loaders(parent.services, parent.actor, budget),
      budget,
    };
    try {
      const result = await execute({
        schema: this.schema,
        document: request.document,
        operationName: request.request.operationName,
        variableValues: request.request.variables,
        contextValue,
      });
      const payload = result.errors ? null : budget.serialized(result);
      return typeof payload === 'string' ? new SerializedAnswer(payload) : null;
    } catch {
      return null;
    }
  }

  private selectionOf(document: DocumentNode, operationName: string | undefined): MeetingSelection | null {
    let byOperation = this.selections.get(document);
    if (!byOperation) this.selections.set(document, (byOperation = new Map()));
    const name = operationName ?? '';
    let selection = byOperation.get(name);
    if (selection === undefined) {
      selection = eventSourcedMeeting(this.schema, document, operationName);
      byOperation.set(name, selection);
    }
    return selection;
  }
}
