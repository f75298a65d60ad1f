export interface FetchGroup {
  client: string;
  attempts: number;
  /** Share (0..1) of the injected fault kinds the client retries. */
  retried: number;
  count: number;
}
export interface Request {
  path: string;
  agent: string;
}
export function survival(p: number, groups: readonly FetchGroup[]): number;
export function calibrate(failRate: number, groups: readonly FetchGroup[]): number;
export const KINDS: readonly string[];
export const CLIENTS: Readonly<Record<string, {attempts: number; retries: readonly string[]}>>;
export function fetchGroups(
  requests: readonly Request[],
  clientOf: (request: Request) => string | null,
  clients?: Readonly<Record<string, {attempts: number; retries: readonly string[]}>>,
  kinds?: readonly string[]
): FetchGroup[];
export function clientOf(request: Request): string;
