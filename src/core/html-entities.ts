/**
 * The named character references the text readers decode: HTML 4.01's 252 names (Latin-1,
 * symbols, Greek, arrows, maths, typography) with the values today's HTML standard gives them,
 * `&apos;`, and the upper-case aliases `&AMP;` `&COPY;` `&GT;` `&LT;` `&QUOT;` `&REG;`.
 * The standard's whole table has 2,125 names, mostly mathematical symbols no transcript
 * uses, and would add about 10 KB (gzip) to a script-tag widget; this one adds about 1.1 KB.
 * A name outside it stays as written.
 *
 * Entries are in code-point order: `name:hex` has the code point `hex`, a bare `name` the
 * one after the entry before it (most of the table is runs: Latin-1, Greek, arrows). A `!`
 * after the name marks the 106 legacy names HTML also reads without the `;` in text
 * (`&copy 2024`, `&amp`).
 */
const TABLE = [
  'QUOT!:22 quot!:22 AMP!:26 amp!:26 apos LT!:3c lt!:3c GT!:3e gt!:3e nbsp!:a0 iexcl! cent! pound! curren! yen!',
  'brvbar! sect! uml! COPY! copy!:a9 ordf! laquo! not! shy! REG! reg!:ae macr! deg! plusmn! sup2! sup3! acute!',
  'micro! para! middot! cedil! sup1! ordm! raquo! frac14! frac12! frac34! iquest! Agrave! Aacute! Acirc! Atilde!',
  'Auml! Aring! AElig! Ccedil! Egrave! Eacute! Ecirc! Euml! Igrave! Iacute! Icirc! Iuml! ETH! Ntilde! Ograve!',
  'Oacute! Ocirc! Otilde! Ouml! times! Oslash! Ugrave! Uacute! Ucirc! Uuml! Yacute! THORN! szlig! agrave! aacute!',
  'acirc! atilde! auml! aring! aelig! ccedil! egrave! eacute! ecirc! euml! igrave! iacute! icirc! iuml! eth!',
  'ntilde! ograve! oacute! ocirc! otilde! ouml! divide! oslash! ugrave! uacute! ucirc! uuml! yacute! thorn! yuml!',
  'OElig:152 oelig Scaron:160 scaron Yuml:178 fnof:192 circ:2c6 tilde:2dc Alpha:391 Beta Gamma Delta Epsilon Zeta',
  'Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma:3a3 Tau Upsilon Phi Chi Psi Omega alpha:3b1 beta gamma',
  'delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi',
  'omega thetasym:3d1 upsih piv:3d6 ensp:2002 emsp thinsp:2009 zwnj:200c zwj lrm rlm ndash:2013 mdash lsquo:2018',
  'rsquo sbquo ldquo:201c rdquo bdquo dagger:2020 Dagger bull hellip:2026 permil:2030 prime:2032 Prime lsaquo:2039',
  'rsaquo oline:203e frasl:2044 euro:20ac image:2111 weierp:2118 real:211c trade:2122 alefsym:2135 larr:2190 uarr',
  'rarr darr harr crarr:21b5 lArr:21d0 uArr rArr dArr hArr forall:2200 part:2202 exist empty:2205 nabla:2207 isin',
  'notin ni:220b prod:220f sum:2211 minus lowast:2217 radic:221a prop:221d infin ang:2220 and:2227 or cap cup int',
  'there4:2234 sim:223c cong:2245 asymp:2248 ne:2260 equiv le:2264 ge sub:2282 sup nsub sube:2286 supe oplus:2295',
  'otimes:2297 perp:22a5 sdot:22c5 lceil:2308 rceil lfloor rfloor loz:25ca spades:2660 clubs:2663 hearts:2665 diams',
  'lang:27e8 rang',
].join(' ');

/** Name (without `;`) to character. */
export const NAMED_REFERENCES = new Map<string, string>();
/** The names the HTML standard also reads without a `;`. */
export const LEGACY_NAMES = new Set<string>();

let code = 0;
for (const entry of TABLE.split(' ')) {
  const match = /^(\w+)(!?)(?::([\da-f]+))?$/.exec(entry);
  if (!match) continue;
  code = match[3] !== undefined ? parseInt(match[3], 16) : code + 1;
  NAMED_REFERENCES.set(match[1]!, String.fromCodePoint(code));
  if (match[2] === '!') LEGACY_NAMES.add(match[1]!);
}

/** The longest name in the table, so a reader knows how far to look. */
export const LONGEST_NAME = 8;

/** A name's character (the name without `;`), if it has one. */
export const namedReference = (name: string): string | undefined => NAMED_REFERENCES.get(name);

/** Whether HTML also reads `name` without a `;`. */
export const isLegacyName = (name: string): boolean => LEGACY_NAMES.has(name);
