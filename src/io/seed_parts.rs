//! Where a seed file's elements begin, so a large file is parsed a few hundred elements at a time
//! instead of as one TOML document tree (1.5 GB for the 100k-body file, against about 200 MB for
//! the elements it holds).
//!
//! The file is cut only at the header of an element of one of the seed's arrays of tables
//! (`[[bodies]]`, `[[partnerships]]`, …); everything up to the first such header is the head
//! (`[portal]` and whatever else). A run of elements is parsed on its own only when each header in
//! it is that array's element header or a sub-table of it (`[[bodies.facts]]`, `[bodies.description]`):
//! then it means the same alone as in the whole file. Any other shape (a quoted or unusual header,
//! another table after the elements began, an unterminated string) gives `None`, and the caller parses
//! the file whole, as before.

use std::ops::Range;

/// The seed's arrays of tables, in the order of [`ARRAYS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Array {
    Sources,
    Bodies,
    Successions,
    Partnerships,
    ContactPoints,
}

const ARRAYS: [(&str, Array); 5] = [
    ("sources", Array::Sources),
    ("bodies", Array::Bodies),
    ("successions", Array::Successions),
    ("partnerships", Array::Partnerships),
    ("contact_points", Array::ContactPoints),
];

/// Elements parsed together: enough to make the per-parse cost small, few enough that their
/// document tree stays a few megabytes.
const RUN_ELEMENTS: usize = 500;

/// Consecutive elements of one array: `text` is a byte range of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Run {
    pub array: Array,
    pub text: Range<usize>,
    pub elements: usize,
}

/// A seed file cut into its head and runs of elements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Layout {
    pub head: Range<usize>,
    pub runs: Vec<Run>,
}

impl Layout {
    /// How many elements of `array` the runs hold.
    pub fn elements(&self, array: Array) -> usize {
        self.runs
            .iter()
            .filter(|r| r.array == array)
            .map(|r| r.elements)
            .sum()
    }
}

/// A table header's name, its dotted parts joined without spaces; `None` for a header this cut does
/// not read (quoted keys, anything not a bare key).
enum Header {
    Array(String),
    Table(String),
}

fn header(line: &str) -> Option<Header> {
    let line = match line.find('#') {
        Some(comment) => &line[..comment],
        None => line,
    }
    .trim();
    let (inner, array) =
        if let Some(inner) = line.strip_prefix("[[").and_then(|l| l.strip_suffix("]]")) {
            (inner, true)
        } else {
            (line.strip_prefix('[')?.strip_suffix(']')?, false)
        };
    let mut name = String::with_capacity(inner.len());
    for (i, part) in inner.split('.').enumerate() {
        let part = part.trim_matches([' ', '\t']);
        if part.is_empty()
            || !part
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return None;
        }
        if i > 0 {
            name.push('.');
        }
        name.push_str(part);
    }
    Some(if array {
        Header::Array(name)
    } else {
        Header::Table(name)
    })
}

/// Cuts `text` into its head and runs of elements; `None` when the file is not of a shape whose
/// parts are known to mean what the whole means (then it is parsed whole).
pub(crate) fn layout(text: &str) -> Option<Layout> {
    let bytes = text.as_bytes();
    let mut head_end = None;
    let mut runs: Vec<Run> = Vec::new();
    let mut depth = 0usize;
    let mut line_start = true;
    let mut i = 0;
    let end_of_line = |from: usize| {
        bytes[from..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |p| from + p)
    };
    // Skips a string opened at `i` with `quote`; returns the index after it.
    let skip_string = |i: usize, quote: u8| -> Option<usize> {
        let basic = quote == b'"';
        let triple = bytes[i..].starts_with(&[quote; 3]);
        let mut j = i + if triple { 3 } else { 1 };
        loop {
            let b = *bytes.get(j)?;
            if basic && b == b'\\' {
                j += 2;
            } else if triple && bytes[j..].starts_with(&[quote; 3]) {
                j += 3;
                // Up to two quotes of the content may stand right before the closing three.
                for _ in 0..2 {
                    if bytes.get(j) == Some(&quote) {
                        j += 1;
                    }
                }
                return Some(j);
            } else if !triple && b == quote {
                return Some(j + 1);
            } else if !triple && b == b'\n' {
                return None;
            } else {
                j += 1;
            }
        }
    };
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' => {
                line_start = true;
                i += 1;
            }
            b' ' | b'\t' | b'\r' => i += 1,
            b'#' => i = end_of_line(i),
            b'"' | b'\'' => {
                line_start = false;
                i = skip_string(i, b)?;
            }
            b'[' if line_start && depth == 0 => {
                let eol = end_of_line(i);
                let line = &text[i..eol];
                if line
                    .bytes()
                    .take_while(|&c| c != b'#')
                    .any(|c| c == b'"' || c == b'\'')
                {
                    return None;
                }
                match header(line)? {
                    Header::Array(name) => {
                        if let Some(&(_, array)) = ARRAYS.iter().find(|(n, _)| *n == name) {
                            head_end.get_or_insert(i);
                            match runs.last_mut() {
                                Some(run) if run.array == array && run.elements < RUN_ELEMENTS => {
                                    run.elements += 1;
                                }
                                _ => runs.push(Run {
                                    array,
                                    text: i..i,
                                    elements: 1,
                                }),
                            }
                        } else {
                            sub_table(&runs, &name)?;
                        }
                    }
                    Header::Table(name) => sub_table(&runs, &name)?,
                }
                line_start = false;
                i = eol;
            }
            b'[' | b'{' => {
                depth += 1;
                line_start = false;
                i += 1;
            }
            b']' | b'}' => {
                depth = depth.checked_sub(1)?;
                line_start = false;
                i += 1;
            }
            _ => {
                line_start = false;
                i += 1;
            }
        }
    }
    // Each run ends where the next begins, so no byte of the file is left out.
    let mut end = bytes.len();
    for run in runs.iter_mut().rev() {
        run.text.end = end;
        end = run.text.start;
    }
    Some(Layout {
        head: 0..head_end.unwrap_or(bytes.len()),
        runs,
    })
}

/// A header other than an element's: fine inside the head, and inside a run only as a sub-table of
/// the run's array (`bodies.facts` after `[[bodies]]`).
fn sub_table(runs: &[Run], name: &str) -> Option<()> {
    let Some(run) = runs.last() else {
        return Some(());
    };
    let (array, _) = ARRAYS.iter().find(|(_, a)| *a == run.array)?;
    name.strip_prefix(array)?.strip_prefix('.').map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, layout: &Layout) -> Vec<(&'a str, Array, usize)> {
        layout
            .runs
            .iter()
            .map(|r| (&text[r.text.clone()], r.array, r.elements))
            .collect()
    }

    #[test]
    fn a_file_is_cut_at_its_element_headers_and_nothing_is_left_out() {
        let text = "[portal]\nhome_body = \"a\"\n\n[[sources]]\nkey = \"s\"\n[[bodies]]\nslug = \"a\"\n\
                    [[bodies.facts]]\nkey = \"k\"\n[bodies.description]\nde = \"x\"\n\
                    [[ partnerships ]] # a comment\nbodies = [\n[\"a\"]]\n[[partnerships.milestones]]\n";
        let layout = layout(text).unwrap();
        assert_eq!(
            &text[layout.head.clone()],
            "[portal]\nhome_body = \"a\"\n\n"
        );
        let runs = texts(text, &layout);
        assert_eq!(
            runs,
            vec![
                ("[[sources]]\nkey = \"s\"\n", Array::Sources, 1),
                (
                    "[[bodies]]\nslug = \"a\"\n[[bodies.facts]]\nkey = \"k\"\n[bodies.description]\nde = \"x\"\n",
                    Array::Bodies,
                    1
                ),
                (
                    "[[ partnerships ]] # a comment\nbodies = [\n[\"a\"]]\n[[partnerships.milestones]]\n",
                    Array::Partnerships,
                    1
                ),
            ]
        );
        let joined: String = std::iter::once(&text[layout.head.clone()])
            .chain(runs.iter().map(|(t, ..)| *t))
            .collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn headers_inside_strings_and_arrays_do_not_cut() {
        let text = "[portal]\n[[bodies]]\nnote = \"\"\"\n[[bodies]]\n\\\"\"\"\"\"\n\
                    other = '''\n[[bodies]]\n'''\nlist = [\n[[1]],\n]\nx = 'a#[' # [[bodies]]\n[[bodies]]\n";
        let layout = layout(text).unwrap();
        assert_eq!(layout.elements(Array::Bodies), 2);
        assert_eq!(layout.runs.len(), 1);
        assert!(text[layout.runs[0].text.clone()].starts_with("[[bodies]]\nnote"));
    }

    #[test]
    fn runs_hold_a_bounded_number_of_elements() {
        let text: String = "[portal]\n".to_owned() + &"[[bodies]]\nslug = \"a\"\n".repeat(1_201);
        let layout = layout(&text).unwrap();
        let counts: Vec<usize> = layout.runs.iter().map(|r| r.elements).collect();
        assert_eq!(counts, vec![500, 500, 201]);
        assert_eq!(layout.elements(Array::Bodies), 1_201);
    }

    #[test]
    fn shapes_whose_parts_could_mean_something_else_are_not_cut() {
        for text in [
            // Another table after the elements began.
            "[[bodies]]\nslug = \"a\"\n[portal]\n",
            "[[bodies]]\n[[partnerships.milestones]]\n",
            "[[bodies]]\n[bodies]\n",
            // A quoted header.
            "[[\"bodies\"]]\n",
            "[[bodies]]\n[bodies.\"facts\"]\n",
            // Not a header this cut reads, or broken text.
            "[[bodies]]\n[bodies.]\n",
            "[[bodies]]\nname = \"open\n[[bodies]]\n",
            "[[bodies]]\nname = 'open\n",
            "[[bodies]]\nname = \"\"\"open\n",
            "[[bodies]]\nx = ]\n",
        ] {
            assert_eq!(layout(text), None, "{text}");
        }
    }

    #[test]
    fn a_file_without_element_headers_is_all_head() {
        let text = "[portal]\nbodies = [{ slug = \"a\" }]\n";
        assert_eq!(
            layout(text),
            Some(Layout {
                head: 0..text.len(),
                runs: vec![]
            })
        );
    }
}
