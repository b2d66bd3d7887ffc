//! JSON pointer -> line and column in the spec's source text, so that a problem found in
//! the parsed document (an unresolved `$ref`, a duplicate operationId) can be shown where
//! it is written.
//!
//! Both formats are read as a stream of events (mapping and sequence starts and ends,
//! scalars) with their positions: YAML by `saphyr-parser`, JSON by a small scanner here.
//! One walk over either stream, without recursion, records where every node is: the key
//! of a mapping entry, or the start of a sequence item. A [`SourceIndex`] is built once per
//! file, however many diagnostics it has to place.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser};

use crate::diagnostics::escape_segment;

/// 1-based line and 1-based column (in characters) of what `pointer` designates in
/// `source`; the nearest enclosing node that exists when the pointer goes further than
/// the document. `None` for the empty pointer (the whole file) or unreadable text.
pub fn locate(source: &str, pointer: &str) -> Option<(usize, usize)> {
    SourceIndex::new(source).locate(pointer)
}

/// Like [`locate`], but `None` unless the whole pointer exists in the source.
pub fn locate_exact(source: &str, pointer: &str) -> Option<(usize, usize)> {
    SourceIndex::new(source).locate_exact(pointer)
}

/// Where every node of a source text is, by JSON pointer.
#[derive(Debug, Default)]
pub struct SourceIndex {
    /// `#/a/b~1c` (escaped as [`escape_segment`] does) -> 1-based line and column. A text
    /// that stops being YAML or JSON part way has the nodes before that point.
    nodes: HashMap<String, (usize, usize)>,
}

impl SourceIndex {
    pub fn new(source: &str) -> SourceIndex {
        let mut nodes = HashMap::new();
        let mut visit = |pointer: &str, at: (usize, usize)| {
            nodes.entry(pointer.to_owned()).or_insert(at);
        };
        let trimmed = source.trim_start_matches('\u{feff}').trim_start();
        if trimmed.starts_with('{') || trimmed.starts_with('[') {
            walk(JsonEvents::new(source), &mut visit);
        } else {
            walk(yaml_events(source), &mut visit);
        }
        SourceIndex { nodes }
    }

    /// See [`locate`].
    pub fn locate(&self, pointer: &str) -> Option<(usize, usize)> {
        let deepest = |segs: Vec<String>| {
            (1..=segs.len()).rev().find_map(|n| self.nodes.get(&join(&segs[..n])).map(|at| (n, *at)))
        };
        let literal = deepest(segments(pointer, false));
        // `$ref`s are URI fragments and may be percent-encoded (`~1users~1%7Bid%7D`).
        let decoded = if pointer.contains('%') { deepest(segments(pointer, true)) } else { None };
        match (literal, decoded) {
            (Some(a), Some(b)) if b.0 > a.0 => Some(b.1),
            (a, b) => a.or(b).map(|(_, at)| at),
        }
    }

    /// See [`locate_exact`].
    pub fn locate_exact(&self, pointer: &str) -> Option<(usize, usize)> {
        let segs = segments(pointer, false);
        if segs.is_empty() {
            return None;
        }
        self.nodes.get(&join(&segs)).copied()
    }
}

/// The byte offset of a 1-based line and column (in characters), clamped to the line.
pub fn offset_of(source: &str, line: usize, col: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match source[start..].find('\n') {
            Some(nl) => start += nl + 1,
            None => return source.len(),
        }
    }
    let line_text = &source[start..];
    let line_text = &line_text[..line_text.find('\n').unwrap_or(line_text.len())];
    start + line_text.char_indices().nth(col.saturating_sub(1)).map(|(i, _)| i).unwrap_or(line_text.len())
}

/// `#/a/b~1c` -> `["a", "b/c"]`.
fn segments(pointer: &str, percent_decode: bool) -> Vec<String> {
    let p = pointer.strip_prefix('#').unwrap_or(pointer);
    let p = if percent_decode { crate::load::percent_decode(p) } else { p.to_owned() };
    let Some(p) = p.strip_prefix('/') else { return Vec::new() };
    p.split('/').map(|s| s.replace("~1", "/").replace("~0", "~")).collect()
}

/// `["a", "b/c"]` -> `#/a/b~1c`.
fn join(segments: &[String]) -> String {
    let mut p = String::from("#");
    for s in segments {
        p.push('/');
        p.push_str(&escape_segment(s));
    }
    p
}

/// One event of either format, with the 1-based position where it starts.
enum Ev {
    MapStart,
    SeqStart,
    End,
    /// A scalar (or an alias); its text matters only as a mapping key.
    Scalar(String),
}

/// The events of the first YAML document of `source`, up to the first error.
fn yaml_events(source: &str) -> impl Iterator<Item = (Ev, (usize, usize))> + '_ {
    let mut parser = Parser::new_from_str(source);
    std::iter::from_fn(move || {
        loop {
            let (ev, span) = parser.next_event()?.ok()?;
            let at = (span.start.line(), span.start.col() + 1);
            return Some(match ev {
                Event::MappingStart(..) => (Ev::MapStart, at),
                Event::SequenceStart(..) => (Ev::SeqStart, at),
                Event::MappingEnd | Event::SequenceEnd => (Ev::End, at),
                Event::Scalar(text, ..) => (Ev::Scalar(text.into_owned()), at),
                Event::Alias(_) => (Ev::Scalar(String::new()), at),
                Event::DocumentEnd | Event::StreamEnd => return None,
                Event::Nothing | Event::StreamStart | Event::DocumentStart(_) => continue,
            });
        }
    })
}

/// A container being walked.
struct Frame {
    is_map: bool,
    /// Inside a mapping: the key whose value comes next (`None` while a key is expected).
    key: Option<String>,
    /// Inside a sequence: the index of the next item.
    next_index: usize,
    /// Length of the current pointer before this container's own segment was added.
    outer_len: usize,
    /// Nesting of a non-scalar mapping key being skipped.
    skipping: usize,
}

/// Calls `visit` with the pointer and position of every node: a mapping entry at its key,
/// a sequence item where it starts. Iterative, so any nesting is fine.
fn walk(events: impl Iterator<Item = (Ev, (usize, usize))>, visit: &mut impl FnMut(&str, (usize, usize))) {
    let mut stack: Vec<Frame> = Vec::new();
    let mut pointer = String::from("#");
    let mut root_seen = false;
    for (ev, at) in events {
        // A complex key (a mapping or sequence used as a key) is skipped whole.
        if let Some(top) = stack.last_mut()
            && top.skipping > 0
        {
            match ev {
                Ev::MapStart | Ev::SeqStart => top.skipping += 1,
                Ev::End => {
                    top.skipping -= 1;
                    if top.skipping == 0 {
                        top.key = Some(String::from("\u{0}"));
                    }
                }
                Ev::Scalar(_) => {}
            }
            continue;
        }
        if let Ev::End = ev {
            if let Some(frame) = stack.pop() {
                pointer.truncate(frame.outer_len);
            }
            continue;
        }
        // Where does this node sit: a key, a value under a key, an item, or the root?
        let outer_len = pointer.len();
        match stack.last_mut() {
            None if root_seen => return,
            None => root_seen = true,
            Some(top) if top.is_map && top.key.is_none() => {
                match ev {
                    Ev::Scalar(text) => {
                        // The entry is shown at its key, even if its value is broken.
                        visit(&format!("{pointer}/{}", escape_segment(&text)), at);
                        top.key = Some(text);
                    }
                    _ => top.skipping = 1,
                }
                continue;
            }
            Some(top) if top.is_map => {
                let key = top.key.take().unwrap_or_default();
                pointer.push('/');
                pointer.push_str(&escape_segment(&key));
            }
            Some(top) => {
                let i = top.next_index;
                top.next_index += 1;
                pointer.push_str(&format!("/{i}"));
                visit(&pointer, at);
            }
        }
        match ev {
            Ev::MapStart | Ev::SeqStart => stack.push(Frame {
                is_map: matches!(ev, Ev::MapStart),
                key: None,
                next_index: 0,
                outer_len,
                skipping: 0,
            }),
            Ev::Scalar(_) | Ev::End => pointer.truncate(outer_len),
        }
    }
}

/// Events of a JSON text. Stops (returns `None`) at the first thing that is not JSON.
struct JsonEvents<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
    line_start: usize,
    /// A byte offset on the current line up to which characters were counted, and their
    /// count: minified JSON is one long line, and counting from its start at every event
    /// would take time quadratic in its length.
    counted: std::cell::Cell<(usize, usize)>,
    /// Open containers (true: object), to know what may follow.
    open: Vec<bool>,
    /// The root value has been read.
    done: bool,
}

impl<'a> JsonEvents<'a> {
    fn new(text: &'a str) -> Self {
        let pos = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
        JsonEvents { text, pos, line: 1, line_start: 0, counted: Default::default(), open: Vec::new(), done: false }
    }

    fn here(&self) -> (usize, usize) {
        let (mut at, mut chars) = self.counted.get();
        if at < self.line_start || at > self.pos {
            (at, chars) = (self.line_start, 0);
        }
        chars += self.text[at..self.pos].chars().count();
        self.counted.set((self.pos, chars));
        (self.line, chars + 1)
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    /// Skips whitespace and the separators `,` and `:`; the matcher knows keys from values
    /// by their order, so the separators carry nothing it needs.
    fn skip_separators(&mut self) {
        while let Some(b) = self.peek() {
            match b {
                b'\n' => {
                    self.pos += 1;
                    self.line += 1;
                    self.line_start = self.pos;
                }
                b' ' | b'\t' | b'\r' | b',' | b':' => self.pos += 1,
                _ => break,
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        let bytes = self.text.as_bytes();
        self.pos += 1;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.pos..];
            let stop = rest.find(['"', '\\', '\n'])?;
            out.push_str(&rest[..stop]);
            self.pos += stop;
            match bytes[self.pos] {
                b'"' => {
                    self.pos += 1;
                    return Some(out);
                }
                b'\\' => {
                    let esc = *bytes.get(self.pos + 1)?;
                    self.pos += 2;
                    match esc {
                        b'n' => out.push('\n'),
                        b't' => out.push('\t'),
                        b'r' => out.push('\r'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'u' => {
                            let mut unit = self.hex4()?;
                            if (0xd800..0xdc00).contains(&unit) && self.text[self.pos..].starts_with("\\u") {
                                self.pos += 2;
                                let low = self.hex4()?;
                                unit = 0x10000 + ((unit - 0xd800) << 10) + (low.wrapping_sub(0xdc00) & 0x3ff);
                            }
                            out.push(char::from_u32(unit).unwrap_or('\u{fffd}'));
                        }
                        other => out.push(other as char),
                    }
                }
                // A raw newline inside a string is not JSON.
                _ => return None,
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.text.get(self.pos..self.pos + 4)?;
        let v = u32::from_str_radix(digits, 16).ok()?;
        self.pos += 4;
        Some(v)
    }
}

impl Iterator for JsonEvents<'_> {
    type Item = (Ev, (usize, usize));

    fn next(&mut self) -> Option<Self::Item> {
        self.skip_separators();
        if self.done && self.open.is_empty() {
            return None;
        }
        let at = self.here();
        let b = self.peek()?;
        let ev = match b {
            b'{' | b'[' => {
                self.pos += 1;
                self.open.push(b == b'{');
                if b == b'{' { Ev::MapStart } else { Ev::SeqStart }
            }
            b'}' | b']' => {
                self.pos += 1;
                self.open.pop()?;
                Ev::End
            }
            b'"' => Ev::Scalar(self.string()?),
            _ => {
                // Numbers, true, false, null: up to the next delimiter.
                let rest = &self.text[self.pos..];
                let len =
                    rest.find(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | '}' | ']')).unwrap_or(rest.len());
                if len == 0 {
                    return None;
                }
                self.pos += len;
                Ev::Scalar(rest[..len].to_owned())
            }
        };
        if self.open.is_empty() {
            self.done = true;
        }
        Some((ev, at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str = "openapi: 3.0.3\npaths:\n  /sessions/{id}:\n    get:\n      responses:\n        '200':\n          description: ok\n  \"/a\": {post: {operationId: x}}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        tags:\n          - a\n          - b\n";

    #[test]
    fn yaml_keys_and_items() {
        assert_eq!(locate(YAML, "#/openapi"), Some((1, 1)));
        assert_eq!(locate(YAML, "#/paths/~1sessions~1{id}/get"), Some((4, 5)));
        assert_eq!(locate(YAML, "#/paths/~1sessions~1%7Bid%7D/get/responses/200"), Some((6, 9)));
        assert_eq!(locate(YAML, "#/paths/~1a/post/operationId"), Some((8, 17)));
        assert_eq!(locate(YAML, "#/components/schemas/Pet/properties/tags/1"), Some((16, 13)));
        // Deeper than the document: the nearest existing node.
        assert_eq!(locate(YAML, "#/components/schemas/Pet/properties/name/type"), Some((13, 7)));
        assert_eq!(locate_exact(YAML, "#/components/schemas/Pet/properties/name"), None);
        assert_eq!(locate(YAML, ""), None);
    }

    #[test]
    fn json_keys_and_items() {
        let json = "{\n  \"openapi\": \"3.0.3\",\n  \"paths\": {\n    \"/a/{b}\": {\"get\": {\"tags\": [\"x\", {\"k\": 1}]}}\n  },\n  \"q\\\"uote\\u00e9\": true\n}\n";
        assert_eq!(locate(json, "#/openapi"), Some((2, 3)));
        assert_eq!(locate(json, "#/paths/~1a~1{b}/get"), Some((4, 16)));
        assert_eq!(locate(json, "#/paths/~1a~1{b}/get/tags/1/k"), Some((4, 39)));
        assert_eq!(locate(json, "#/q\"uote\u{e9}"), Some((6, 3)));
    }

    #[test]
    fn columns_on_one_long_json_line_count_characters_not_bytes() {
        // Minified JSON (the directory's specs) is one line; columns are counted on from
        // the last event, through multi-byte characters, and start again on a new line.
        let json = r#"{"é": {"ü": 1, "b": ["ñ", {"c": 2}]},
 "d": "日本", "e": 3}"#;
        let index = SourceIndex::new(json);
        assert_eq!(index.locate("#/é"), Some((1, 2)));
        assert_eq!(index.locate("#/é/ü"), Some((1, 8)));
        assert_eq!(index.locate("#/é/b/1/c"), Some((1, 28)));
        assert_eq!(index.locate("#/d"), Some((2, 2)));
        assert_eq!(index.locate("#/e"), Some((2, 13)));
    }

    #[test]
    fn complex_keys_and_aliases_do_not_confuse_the_walk() {
        let yaml = "a: &x {b: 1}\n? [k, l]\n: skipped\nc: *x\nd:\n  e: 2\n";
        assert_eq!(locate(yaml, "#/d/e"), Some((6, 3)));
        assert_eq!(locate(yaml, "#/c/b"), Some((4, 1)));
    }

    #[test]
    fn broken_text_gives_what_was_found_before_the_break() {
        assert_eq!(locate("a:\n  b: 1\nc: [\n", "#/a/b"), Some((2, 3)));
        assert_eq!(locate("{\"a\": {\"b\": ", "#/a/b"), Some((1, 8)));
        assert_eq!(offset_of("ab\ncdé f\n", 2, 4), 7);
        assert_eq!(offset_of("ab\ncdé f\n", 2, 5), 8);
        assert_eq!(offset_of("ab", 9, 1), 2);
    }
}
