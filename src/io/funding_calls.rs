//! Calls for proposals as files (docs/FUNDING-IMPORT.md): a JSON array of objects or a CSV file
//! with a header row, one call per object or row. Every problem is reported with its line; a file
//! with any problem is refused whole.

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::domain::clock::Instant;
use crate::domain::funding::{CallRecord, Eur, parse_brussels};

/// Files larger than this are not a list of calls.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// More calls than this in one file is a mistake.
pub const MAX_CALLS: usize = 10_000;

/// One call as the file gives it, before checking.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CallRow {
    identifier: String,
    action: String,
    title: String,
    #[serde(default)]
    opens_on: Option<String>,
    deadline: String,
    #[serde(default)]
    budget: Option<Amount>,
    #[serde(default)]
    url: Option<String>,
}

/// A budget as text ("4000000", "4.000.000,00") or, in JSON, a whole number.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Amount {
    Whole(u64),
    Text(String),
}

/// A problem of the file, at a line (1 = the first line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub reason: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

fn problem(line: usize, reason: impl Into<String>) -> Problem {
    Problem {
        line,
        reason: reason.into(),
    }
}

/// The calls of a file, each with its line, or every problem found.
pub fn parse(bytes: &[u8]) -> Result<Vec<(usize, CallRecord)>, Vec<Problem>> {
    if bytes.len() > MAX_BYTES {
        return Err(vec![problem(
            1,
            format!(
                "the file has {} bytes; at most {MAX_BYTES} are read",
                bytes.len()
            ),
        )]);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.strip_prefix('\u{feff}').unwrap_or(text),
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count()
                + 1;
            return Err(vec![problem(line, "the file is not UTF-8 text")]);
        }
    };
    let (rows, mut problems) = match text.trim_start().chars().next() {
        None => return Err(vec![problem(1, "the file is empty")]),
        Some('[') => json_rows(text)?,
        Some('{') => {
            return Err(vec![problem(
                1,
                "a JSON file holds an array of calls: [ {…}, {…} ]",
            )]);
        }
        Some(_) => csv_rows(text)?,
    };
    if rows.is_empty() && problems.is_empty() {
        return Err(vec![problem(1, "the file holds no calls")]);
    }
    if rows.len() > MAX_CALLS {
        return Err(vec![problem(
            1,
            format!(
                "the file holds {} calls; at most {MAX_CALLS} at once",
                rows.len()
            ),
        )]);
    }
    let mut calls = Vec::with_capacity(rows.len());
    let mut seen = std::collections::BTreeMap::new();
    for (line, row) in rows {
        match check(row) {
            Ok(call) => {
                if let Some(first) = seen.insert(call.identifier.clone(), line) {
                    problems.push(problem(
                        line,
                        format!("the call '{}' is also on line {first}", call.identifier),
                    ));
                }
                calls.push((line, call));
            }
            Err(reasons) => problems.extend(reasons.into_iter().map(|r| problem(line, r))),
        }
    }
    if problems.is_empty() {
        Ok(calls)
    } else {
        problems.sort_by_key(|p| p.line);
        Err(problems)
    }
}

/// Rows read, and the problems of those that could not be read.
type Rows = (Vec<(usize, CallRow)>, Vec<Problem>);

fn json_rows(text: &str) -> Result<Rows, Vec<Problem>> {
    let raw: Vec<&RawValue> = serde_json::from_str(text)
        .map_err(|e| vec![problem(e.line(), format!("not valid JSON: {e}"))])?;
    let mut rows = Vec::with_capacity(raw.len());
    let mut problems = Vec::new();
    // The objects come in file order: count line breaks from the previous one only (a count from the
    // start for each would read a large file once per call).
    let (mut counted, mut line) = (0, 1);
    for value in raw {
        let offset = value.get().as_ptr() as usize - text.as_ptr() as usize;
        line += text.as_bytes()[counted..offset]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        counted = offset;
        match serde_json::from_str::<CallRow>(value.get()) {
            Ok(row) => rows.push((line, row)),
            Err(e) => problems.push(problem(line, clean(&e.to_string()))),
        }
    }
    Ok((rows, problems))
}

fn csv_rows(text: &str) -> Result<Rows, Vec<Problem>> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| vec![problem(1, format!("the header row cannot be read: {e}"))])?
        .clone();
    for required in ["identifier", "action", "title", "deadline"] {
        if !headers.iter().any(|h| h == required) {
            return Err(vec![problem(
                1,
                format!("the header row lacks the column '{required}'"),
            )]);
        }
    }
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(1, |p| p.line() as usize);
                problems.push(problem(line, clean(&e.to_string())));
                continue;
            }
        };
        let line = record.position().map_or(1, |p| p.line() as usize);
        if record.iter().all(str::is_empty) {
            continue;
        }
        // Empty cells are absent values; empty required ones are reported by the checks.
        let mut object = serde_json::Map::new();
        for (h, v) in headers.iter().zip(record.iter()) {
            if !v.is_empty() || ["identifier", "action", "title", "deadline"].contains(&h) {
                object.insert(h.to_owned(), serde_json::Value::String(v.to_owned()));
            }
        }
        match serde_json::from_value::<CallRow>(serde_json::Value::Object(object)) {
            Ok(row) => rows.push((line, row)),
            Err(e) => problems.push(problem(line, clean(&e.to_string()))),
        }
    }
    Ok((rows, problems))
}

/// serde's messages end with " at line 1 column 40" of the single record; the file's line is
/// reported instead.
fn clean(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

/// A deadline as Brussels wall-clock time ("2027-03-05 17:00"), or an instant with its offset
/// ("2027-03-05T17:00:00+01:00", "…Z"), which is shown in Brussels time.
fn deadline(text: &str) -> Result<String, String> {
    let text = text.trim();
    if let Some(at) = Instant::parse(text) {
        return Ok(at.display_local());
    }
    let short = text
        .get(..16)
        .filter(|_| text.len() == 19 && text.ends_with(":00"));
    parse_brussels(short.unwrap_or(text))?;
    Ok(short.unwrap_or(text).replacen('T', " ", 1))
}

fn check(row: CallRow) -> Result<CallRecord, Vec<String>> {
    let mut reasons = Vec::new();
    let deadline = deadline(&row.deadline).unwrap_or_else(|e| {
        reasons.push(format!("deadline: {e}"));
        row.deadline.clone()
    });
    let budget = match row.budget {
        None => None,
        Some(Amount::Whole(units)) => Eur::parse(&units.to_string())
            .map_err(|e| reasons.push(format!("budget: {e}")))
            .ok(),
        Some(Amount::Text(text)) if text.trim().is_empty() => None,
        Some(Amount::Text(text)) => Eur::parse(&text)
            .map_err(|e| reasons.push(format!("budget: {e}")))
            .ok(),
    };
    let record = CallRecord {
        identifier: row.identifier.trim().to_owned(),
        action: row.action.trim().to_owned(),
        title: row.title.trim().to_owned(),
        opens_on: row
            .opens_on
            .map(|o| o.trim().to_owned())
            .filter(|o| !o.is_empty()),
        deadline,
        budget,
        url: row
            .url
            .map(|u| u.trim().to_owned())
            .filter(|u| !u.is_empty()),
    };
    if reasons.is_empty()
        && let Err(problems) = record.check()
    {
        reasons.extend(
            problems
                .into_iter()
                .map(|p| format!("{}: {}", p.field, p.message)),
        );
    }
    if reasons.is_empty() {
        Ok(record)
    } else {
        Err(reasons)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_and_csv_give_the_same_calls() {
        let json = r#"[
  {"identifier": "CERV-2027-CITIZENS-TOWN-TT", "action": "cerv-town-twinning",
   "title": "Town twinning", "opens_on": "2026-12-01", "deadline": "2027-03-05 17:00",
   "budget": 4000000, "url": "https://ec.europa.eu/"},
  {"identifier": "KA152-2027", "action": "erasmus-ka152-youth-exchanges",
   "title": "Youth exchanges", "deadline": "2027-10-01T10:00:00Z", "budget": "1.500.000,50"}
]"#;
        let csv = "identifier,action,title,opens_on,deadline,budget,url\n\
CERV-2027-CITIZENS-TOWN-TT,cerv-town-twinning,Town twinning,2026-12-01,2027-03-05 17:00,4000000,https://ec.europa.eu/\n\
KA152-2027,erasmus-ka152-youth-exchanges,Youth exchanges,,2027-10-01T12:00:00+02:00,\"1.500.000,50\",\n";
        let a = parse(json.as_bytes()).unwrap();
        let b = parse(csv.as_bytes()).unwrap();
        assert_eq!(
            a.iter().map(|(l, _)| *l).collect::<Vec<_>>(),
            [2, 5],
            "lines of the objects"
        );
        assert_eq!(b.iter().map(|(l, _)| *l).collect::<Vec<_>>(), [2, 3]);
        let strip = |v: Vec<(usize, CallRecord)>| v.into_iter().map(|(_, c)| c).collect::<Vec<_>>();
        let (a, b) = (strip(a), strip(b));
        assert_eq!(a, b);
        assert_eq!(a[1].deadline, "2027-10-01 12:00");
        assert_eq!(a[1].budget.unwrap().text(), "1500000.50");
    }

    #[test]
    fn every_problem_is_named_with_its_line() {
        let csv = "identifier,action,title,deadline,budget\n\
A-1,cerv-town-twinning,One,2027-03-05 17:00,12\n\
A-1,cerv-town-twinning,Twice,2027-03-05 17:00,\n\
B 2,cerv-town-twinning,,next friday,-5\n";
        let problems = parse(csv.as_bytes()).unwrap_err();
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [3, 4, 4], "{problems:?}");
        assert!(problems[0].reason.contains("also on line 2"));
        assert!(problems[1].reason.starts_with("deadline:"));
        assert!(problems[2].reason.starts_with("budget:"));
    }

    #[test]
    fn hostile_files_are_refused_with_a_reason() {
        for (bytes, line, reason) in [
            (&b""[..], 1, "empty"),
            (b"[]", 1, "no calls"),
            (b"{\"identifier\": \"x\"}", 1, "array"),
            (b"[{\"identifier\": \"x\",\n \"action\": ", 2, "not valid JSON"),
            (b"identifier,action\nx,y\n", 1, "lacks the column 'title'"),
            (b"identifier,action,title,deadline\nx,y,z\n", 2, ""),
            (b"identifier,action,title,deadline\nok,a,\xff\xfe,2027-01-01 10:00\n", 2, "UTF-8"),
            (
                b"[{\"identifier\":\"x\",\"action\":\"a\",\"title\":\"t\",\"deadline\":\"2027-01-01 10:00\",\"owner\":\"me\"}]",
                1,
                "unknown field `owner`",
            ),
            (
                b"[{\"identifier\":\"x\",\"action\":\"a\",\"title\":\"t\",\"deadline\":\"2027-01-01 10:00\",\"budget\":1e99}]",
                1,
                "",
            ),
        ] {
            let problems = parse(bytes).unwrap_err();
            assert_eq!(problems[0].line, line, "{problems:?}");
            assert!(problems[0].reason.contains(reason), "{problems:?}");
        }
        let huge = vec![b' '; MAX_BYTES + 1];
        assert!(parse(&huge).unwrap_err()[0].reason.contains("at most"));
        let mut many = String::from("identifier,action,title,deadline\n");
        for i in 0..=MAX_CALLS {
            many.push_str(&format!("C-{i},a,t,2027-01-01 10:00\n"));
        }
        assert!(
            parse(many.as_bytes()).unwrap_err()[0]
                .reason
                .contains("at most")
        );
    }
}
