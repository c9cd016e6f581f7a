// Glob patterns (**, *, ?, [abc], {a,b}, \x) as regular expressions over
// '/'-separated paths. Shared by the CLI (arguments, .thethucignore) and the
// configuration (include/exclude).

/** The regular-expression body for a glob (no anchors). */
export function globBody(glob: string): string {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += '(?:' + glob.slice(i + 1, end).split(',').map(globBody).join('|') + ')';
        i = end;
      }
    } else if (c === '\\' && i + 1 < glob.length) re += escapeRe(glob[++i]);
    else re += escapeRe(c);
  }
  return re;
}

/** A whole-path matcher for a glob. */
export function globToRegExp(glob: string): RegExp {
  return new RegExp('^' + globBody(glob) + '$', 'u');
}

export function escapeRe(s: string): string {
  return s.replace(/[.+^$()|[\]\\{}*?]/g, '\\$&');
}
