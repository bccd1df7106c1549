/** "2 days 3 h left", "3 h 5 min left", "45 s left", "Closed". */
export function timeLeftText(seconds: number): string {
  if (seconds <= 0) return 'Closed';
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  if (days > 0) return `${days} ${days === 1 ? 'day' : 'days'} ${hours} h left`;
  if (hours > 0) return `${hours} h ${minutes} min left`;
  if (minutes > 0) return `${minutes} min ${seconds % 60} s left`;
  return `${seconds} s left`;
}
