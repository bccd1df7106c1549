// Which clicks are not people. A maintained list of crawler, preview-bot and automation
// patterns (search engines, social link previews, SEO crawlers, monitoring, HTTP libraries,
// headless browsers); an empty user agent is treated as a bot too, since browsers always send one.
// Matching is case-insensitive on substrings, so new versions of the same tools stay caught.

/** Substrings (lower case) of user agents that are not a person clicking a link. Keep sorted by kind. */
export const BOT_USER_AGENT_PATTERNS: readonly string[] = [
  // generic words crawlers put in their names
  'bot', 'crawler', 'spider', 'crawling', 'slurp', 'archiver', 'scraper', 'fetcher',
  // search engines and their helpers
  'googlebot', 'bingbot', 'bingpreview', 'yandex', 'baiduspider', 'duckduckbot', 'sogou', 'exabot', 'applebot', 'petalbot', 'seznambot', 'mediapartners-google', 'adsbot-google', 'google-inspectiontool', 'storebot-google',
  // link previews of social networks and messengers
  'facebookexternalhit', 'facebookcatalog', 'twitterbot', 'linkedinbot', 'slackbot', 'discordbot', 'telegrambot', 'whatsapp', 'skypeuripreview', 'pinterest', 'redditbot', 'embedly', 'iframely', 'vkshare', 'quora link preview',
  // SEO and marketing crawlers
  'ahrefs', 'semrush', 'mj12bot', 'dotbot', 'rogerbot', 'screaming frog', 'serpstat', 'dataforseo', 'blexbot', 'megaindex',
  // AI crawlers
  'gptbot', 'chatgpt-user', 'oai-searchbot', 'ccbot', 'claudebot', 'anthropic-ai', 'perplexitybot', 'bytespider', 'amazonbot', 'diffbot', 'cohere-ai',
  // monitoring and uptime checks
  'pingdom', 'uptimerobot', 'statuscake', 'site24x7', 'newrelicpinger', 'datadog',
  // headless browsers and automation
  'headlesschrome', 'phantomjs', 'slimerjs', 'puppeteer', 'playwright', 'selenium', 'webdriver', 'electron', 'lighthouse', 'chrome-lighthouse', 'pagespeed',
  // HTTP libraries and command-line tools
  'curl/', 'wget/', 'python-requests', 'python-urllib', 'aiohttp', 'httpx', 'go-http-client', 'java/', 'okhttp', 'apache-httpclient', 'libwww-perl', 'node-fetch', 'axios/', 'undici', 'got (', 'ruby', 'php/', 'guzzlehttp', 'postmanruntime', 'insomnia', 'httpie', 'scrapy',
];

/** True when the user agent is a crawler, preview bot, headless browser or HTTP tool (or missing). */
export function isBotUserAgent(userAgent: string): boolean {
  const ua = userAgent.trim().toLowerCase();
  if (ua.length === 0) return true;
  return BOT_USER_AGENT_PATTERNS.some((pattern) => ua.includes(pattern));
}
