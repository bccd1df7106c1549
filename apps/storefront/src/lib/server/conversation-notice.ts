// The line a conversation page shows after an action redirected back to it.
export function conversationNotice(url: URL): string {
  if (url.searchParams.has('sent')) return 'Your reply was sent.';
  if (url.searchParams.has('escalated')) return 'Thanks — a person from our team will answer within 24 hours.';
  return '';
}
