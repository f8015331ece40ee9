/**
 * HTML's named entities that podcast feeds use where XML has none (`&nbsp;` in a title,
 * `&eacute;` in a description). XML defines only five; a strict parser refuses the rest,
 * which is why AntennaPod and gPodder fail on feeds that Apple Podcasts and most other
 * apps show. We read these like the HTML they came from. This is the ISO-8859-1 block and
 * the typography block of HTML 4 (what publishing tools emit), not all 2,231 of HTML5.
 */

/** Names of U+00A0 to U+00FF in code point order. */
const LATIN_1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para ' +
  'middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute ' +
  'Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute ' +
  'THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ' +
  'ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

/** `name:hex` pairs for the rest: quotes, dashes, spaces, arrows, and the letters Windows-1252 adds. */
const OTHERS =
  'OElig:152 oelig:153 Scaron:160 scaron:161 Yuml:178 fnof:192 circ:2c6 tilde:2dc ensp:2002 emsp:2003 thinsp:2009 zwnj:200c ' +
  'zwj:200d lrm:200e rlm:200f ndash:2013 mdash:2014 lsquo:2018 rsquo:2019 sbquo:201a ldquo:201c rdquo:201d bdquo:201e ' +
  'dagger:2020 Dagger:2021 bull:2022 hellip:2026 permil:2030 prime:2032 Prime:2033 lsaquo:2039 rsaquo:203a euro:20ac ' +
  'trade:2122 larr:2190 uarr:2191 rarr:2192 darr:2193 harr:2194 minus:2212 hearts:2665';

let table: Map<string, string> | undefined;

/** The character an HTML entity name stands for (`eacute` → `é`), or `undefined`. Case-sensitive, as in HTML. */
export function htmlEntity(name: string): string | undefined {
  if (!table) {
    table = new Map();
    LATIN_1.split(' ').forEach((entity, i) => table!.set(entity, String.fromCharCode(0xa0 + i)));
    for (const pair of OTHERS.split(' ')) {
      const [entity, hex] = pair.split(':') as [string, string];
      table.set(entity, String.fromCharCode(parseInt(hex, 16)));
    }
  }
  return table.get(name);
}
