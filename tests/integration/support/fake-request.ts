// The request headers server actions see in integration tests (next/headers is replaced in
// ../setup.ts): by default one client address, which a test can change to act from elsewhere.
export const fakeRequest: { headers: Record<string, string> } = { headers: { 'x-forwarded-for': '192.0.2.10' } };

export function requestFrom(address: string): void {
  fakeRequest.headers = { ...fakeRequest.headers, 'x-forwarded-for': address };
}
