import type { PhrasePack } from '../clutter-rule-types';

// English clutter, from the Readability, fundus and trafilatura pages (iNews, Business Insider, Euronews).
export const ENGLISH_PHRASES: PhrasePack = {
  lang: 'en',
  rules: [
    {
      id: 'en-read-also',
      kind: 'read-also',
      scope: 'block',
      pattern: /^(read|see) (also|more)\s*:|^(also read|related|recommended|read next|more)\s*:/i,
      needsLink: true,
      maxChars: 300,
      why: '"Read also: <link>" / "Related: <link>" teasers between paragraphs (iNews, Euronews).',
      fixture: 'phrases-en.html',
    },
    {
      id: 'en-related-label',
      kind: 'related',
      scope: 'label',
      pattern:
        /^(related( (stories|articles|posts|reading|content|coverage|links|news|topics))?|recommended( for you| stories| articles| reading)?|read (more|next)|more (stories|articles|news)|more (from|on|about) .{1,40}|you (may|might) (also )?(like|enjoy|be interested in)|most (popular|read|viewed)|trending( now| stories)?|editor[’']?s?[’']? picks?|top stories|latest (news|stories|articles)|what to read next|further reading on .{1,40})\s*:?$/i,
      why: 'Headed link boxes: "Related stories", "Most read", "Editor’s picks" (iNews, Telegraph, Business Insider).',
      fixture: 'phrases-en.html',
    },
    {
      id: 'en-share',
      kind: 'share',
      scope: 'block',
      pattern: /^(share( this)?( (article|story|post|page))?|share (on|to|via) \w+|tweet( this)?|email( this)?|print( this)?( article)?|copy link|link copied)\s*:?$/i,
      why: 'Share-bar labels that survive when their icons are stripped (Business Insider, Telegraph).',
      fixture: 'phrases-en.html',
    },
    {
      id: 'en-follow',
      kind: 'follow',
      scope: 'label',
      pattern: /^(follow us( on( .{1,30})?)?|follow .{1,30} on (google news|twitter|x|facebook|instagram)|connect with us)\s*:?$/i,
      why: '"Follow us on" social boxes (Business Insider ×12, iNews).',
      fixture: 'phrases-en.html',
    },
    {
      id: 'en-newsletter',
      kind: 'newsletter',
      scope: 'block',
      pattern:
        /^((sign up|subscribe|register)( now| today)?( to| for)? .{0,60}newsletters?|get (the|our) .{0,40}newsletters?|newsletter sign[- ]?up|enter your email .{0,60})\b.{0,160}$/i,
      maxChars: 250,
      why: 'Inline newsletter boxes between paragraphs (iNews, TechRadar, defuddle trailing-cta fixture).',
      fixture: 'phrases-en.html',
    },
    {
      id: 'en-app-promo',
      kind: 'app-promo',
      scope: 'block',
      pattern: /^(download|get|install|open in|try) (the |our )?(free )?([\w.’' -]{1,30} )?app\b.{0,80}$/i,
      maxChars: 120,
      why: '"Download the app" / "Open in app" prompts (Business Insider ×9, Euronews).',
      fixture: 'phrases-en.html',
    },
    {
      id: 'en-ad-label',
      kind: 'ad',
      scope: 'block',
      pattern: /^(advertisement|advertising|ad|sponsored( content)?|paid (post|content)|promoted( content)?|(story|article) continues below( this)?( advertisement| ad)?|continue reading (below|the main story))\s*\.?$/i,
      why: 'Ad slot labels and "Story continues below advertisement" lines (Telegraph, NYTimes).',
      fixture: 'phrases-en.html',
    },
    {
      id: 'en-comments',
      kind: 'comments',
      scope: 'block',
      pattern: /^((\d+ )?comments?|(leave|post|add|view|show|read) (a |all |the )?(\d+ )?comments?|join the (conversation|discussion)|have your say)\s*:?$/i,
      why: 'Comment prompts after the article (Guardian, iNews).',
      fixture: 'phrases-en.html',
    },
    {
      id: 'en-tags-label',
      kind: 'tags',
      scope: 'label',
      pattern: /^(tags?|topics?|filed under|more on these topics)\s*:?$/i,
      why: 'Tag lists after the article (WordPress blogs, Reuters).',
      fixture: 'phrases-en.html',
    },
  ],
};
