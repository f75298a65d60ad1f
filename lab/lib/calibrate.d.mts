export interface FetchGroup {
  client: string;
  attempts: number;
  count: number;
}
export interface Request {
  path: string;
  agent: string;
}
export function survival(p: number, groups: readonly FetchGroup[]): number;
export function calibrate(failRate: number, groups: readonly FetchGroup[]): number;
export const DEFAULT_ATTEMPTS: Readonly<Record<string, number>>;
export function fetchGroups(
  requests: readonly Request[],
  clientOf: (request: Request) => string | null,
  attempts?: Readonly<Record<string, number>>
): FetchGroup[];
export function clientOf(request: Request): string;
