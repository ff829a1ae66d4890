/**
 * The console's own reads, of fields no SDK operation selects: a typed document the SDK client
 * sends as it is (`client.request`).
 */
type Document<Result, Variables> = string & { __apiType?: (variables: Variables) => Result };
const document = <Result, Variables>(text: string) => text as Document<Result, Variables>;

export type ReportFile = { id: string; name: string };

/** The files each unit sent with its report (the live screen shows who sent, not what). */
export const ReportFilesDocument = document<
  {
    meeting: {
      id: string;
      reportRequests: { id: string; submissions: { unitId: string; files: ReportFile[] }[] }[];
    } | null;
  },
  { id: string }
>(`query ReportFiles($id: ID!) {
  meeting(id: $id) { id reportRequests { id submissions { unitId files { id name } } } }
}`);

export type DirectiveReview = {
  id: string;
  acceptedAt: string | null;
  progress: { kind: 'REPORTED' | 'ACCEPTED' | 'REOPENED'; note: string; reportedAt: string }[];
};

/** Whether a host has accepted each directive, and what the unit reported or the host answered. */
export const DirectiveReviewsDocument = document<
  { meeting: { id: string; conclusion: { id: string; directives: DirectiveReview[] } | null } | null },
  { id: string }
>(`query DirectiveReviews($id: ID!) {
  meeting(id: $id) { id conclusion { id directives { id acceptedAt progress { kind note reportedAt } } } }
}`);
