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
