//! Parity with Asterisk's own Alembic, checked inside the test suite.
//!
//! `tests/reference/<tree>-<dialect>.steps` records what Asterisk's Alembic scripts
//! built on MariaDB and PostgreSQL after every single step of a walk from base to head
//! (`upgrade +1`) and back down to base (`downgrade -1`): the normalized schema and
//! the version row (`scripts/reference-dumps` made them; format and provenance in
//! `tests/reference/README.md`). Here ast-schema makes the same walk on a fresh
//! database, `upgrade +1` / `downgrade -1` replaying one revision at a time, and
//! after every step its live schema and version row must equal the reference. The
//! steps go through the engine in this process (`engine::migrate::migrate`, what the
//! binary's upgrade and downgrade call), which halves the run time of a debug
//! build against one binary run per step; the binary's own `upgrade head` on a
//! fresh database (the fast path, which builds the head schema at once) must equal
//! the reference at head.
//!
//! One test per tree and dialect, so they run in parallel.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use std::time::Duration;

use ast_schema::db::driver::Connection;
use ast_schema::definitions::dialect::Dialect;
use ast_schema::definitions::revision::Tree;
use ast_schema::engine::migrate::{self, Request};
use ast_schema::engine::observer::Silent;
use ast_schema::engine::plan::Direction;
use common::TestDb;

/// A schema as blocks: `enum NAME` -> its line, `table NAME` -> its indented lines
/// (columns in table order, then keys, indexes, foreign keys and checks).
type Blocks = BTreeMap<String, Vec<String>>;

/// One recorded step: the state after it.
struct Step {
    /// `up`, `down` or `head`
    kind: String,
    /// The revision upgraded to or downgraded from.
    rev: String,
    /// The rows of the version table; None when there is no version table.
    version: Option<Vec<String>>,
    schema: Blocks,
    /// Where the step starts in its file, for messages.
    line: usize,
}

fn reference_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/reference")
        .join(name)
}

/// The key of a block's first line, or None for an indented line.
fn block_key(line: &str) -> Option<String> {
    if let Some(rest) = line.strip_prefix("enum ") {
        let name = rest.split(':').next().unwrap_or(rest);
        Some(format!("enum {name}"))
    } else {
        line.strip_prefix("table ")
            .map(|name| format!("table {}", name.trim()))
    }
}

/// The blocks of a normalized dump (`ast_schema::db::introspect::dump`).
fn parse_dump(dump: &str) -> Result<Blocks, String> {
    let mut blocks = Blocks::new();
    let mut current: Option<String> = None;
    for line in dump.lines() {
        if line.starts_with("  ") {
            match &current {
                Some(k) if k.starts_with("table ") => {
                    blocks.get_mut(k).unwrap().push(line.to_string())
                }
                _ => return Err(format!("indented line outside a table: {line:?}")),
            }
        } else if let Some(k) = block_key(line) {
            let body = if k.starts_with("enum ") {
                vec![line.to_string()]
            } else {
                Vec::new()
            };
            if blocks.insert(k.clone(), body).is_some() {
                return Err(format!("{k} twice"));
            }
            current = Some(k);
        } else {
            return Err(format!("unexpected line {line:?}"));
        }
    }
    Ok(blocks)
}

/// Applies an `alter table` body: `-LINE` removes LINE, `+LINE` inserts LINE right
/// after the line last listed before it with ` ` (an anchor) or `+`, or first.
fn apply_alter(body: &mut Vec<String>, alter: &[&str]) -> Result<(), String> {
    for l in alter.iter().filter_map(|l| l.strip_prefix('-')) {
        let i = body
            .iter()
            .position(|b| b == l)
            .ok_or_else(|| format!("cannot remove {l:?}: not there"))?;
        body.remove(i);
    }
    let mut at = 0;
    for l in alter {
        if let Some(anchor) = l.strip_prefix(' ') {
            at = 1 + body
                .iter()
                .position(|b| b == anchor)
                .ok_or_else(|| format!("anchor {anchor:?} not there"))?;
        } else if let Some(new) = l.strip_prefix('+') {
            body.insert(at, new.to_string());
            at += 1;
        }
    }
    Ok(())
}

/// Reads a `.steps` file: every step's full state, rebuilt from the changes.
fn read_steps(name: &str) -> Vec<Step> {
    let path = reference_path(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let lines: Vec<&str> = text.lines().collect();
    let bad = |i: usize, what: String| -> ! { panic!("{}:{}: {what}", path.display(), i + 1) };
    let mut steps: Vec<Step> = Vec::new();
    let mut state = Blocks::new();
    let mut current: Option<Step> = None;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let start = i;
        i += 1;
        let body_end = (i..lines.len())
            .find(|&j| !lines[j].starts_with([' ', '+', '-']))
            .unwrap_or(lines.len());
        let body = &lines[i..body_end];
        i = body_end;
        if line.starts_with('#') {
            continue;
        }
        if let Some(head) = line.strip_prefix("== ") {
            if let Some(mut s) = current.take() {
                s.schema = state.clone();
                steps.push(s);
            }
            let mut words = head.split_whitespace();
            let (Some(kind), Some(rev)) = (words.next(), words.next()) else {
                bad(start, format!("bad step line {line:?}"))
            };
            let version: Vec<String> = match lines.get(i).and_then(|v| v.strip_prefix("version")) {
                Some(v) => v.split_whitespace().map(str::to_string).collect(),
                None => bad(i, "a step must go on with its version line".into()),
            };
            i += 1;
            current = Some(Step {
                kind: kind.to_string(),
                rev: rev.to_string(),
                version: if version == ["none"] {
                    None
                } else {
                    Some(version)
                },
                schema: Blocks::new(),
                line: start + 1,
            });
        } else if current.is_none() {
            bad(start, "a change before the first step".into());
        } else if let Some(key) = line.strip_prefix("drop ") {
            if state.remove(key).is_none() {
                bad(start, format!("{key} is not there to drop"));
            }
        } else if let Some(key) = line.strip_prefix("alter ") {
            let Some(block) = state.get_mut(key) else {
                bad(start, format!("{key} is not there to alter"))
            };
            apply_alter(block, body).unwrap_or_else(|e| bad(start, e));
        } else {
            let text = std::iter::once(line)
                .chain(body.iter().copied())
                .collect::<Vec<_>>()
                .join("\n");
            state.extend(parse_dump(&text).unwrap_or_else(|e| bad(start, e)));
        }
    }
    if let Some(mut s) = current.take() {
        s.schema = state;
        steps.push(s);
    }
    steps
}

/// The live schema and version rows, through one open connection.
fn live(conn: &mut dyn Connection, tree: &str) -> (Blocks, Option<Vec<String>>) {
    let dump = ast_schema::db::introspect::dump(conn, false).expect("read the live schema");
    let schema = parse_dump(&dump).expect("parse the live schema");
    let version = conn
        .query(&format!(
            "SELECT version_num FROM alembic_version_{tree} ORDER BY version_num"
        ))
        .ok()
        .map(|rows| {
            rows.into_iter()
                .map(|r| r[0].clone().unwrap_or_default())
                .collect()
        });
    (schema, version)
}

/// The differences between the reference and the live state, one line each, or
/// nothing when they are equal.
fn differences(
    want: &Blocks,
    want_version: &Option<Vec<String>>,
    got: &Blocks,
    got_version: &Option<Vec<String>>,
) -> Vec<String> {
    let mut out = Vec::new();
    if want_version != got_version {
        let show = |v: &Option<Vec<String>>| match v {
            None => "no version table".to_string(),
            Some(v) if v.is_empty() => "no row".to_string(),
            Some(v) => v.join(", "),
        };
        out.push(format!(
            "version row: Alembic {}, ast-schema {}",
            show(want_version),
            show(got_version)
        ));
    }
    let keys: BTreeSet<&String> = want.keys().chain(got.keys()).collect();
    for k in keys {
        match (want.get(k), got.get(k)) {
            (Some(w), None) => {
                out.push(format!("{k}: Alembic has it, ast-schema does not"));
                out.extend(w.iter().map(|l| format!("    missing     {}", l.trim())));
            }
            (None, Some(g)) => {
                out.push(format!("{k}: ast-schema has it, Alembic does not"));
                out.extend(g.iter().map(|l| format!("    unexpected  {}", l.trim())));
            }
            (Some(w), Some(g)) if w != g => {
                out.push(format!("{k}:"));
                let missing: Vec<&String> = w.iter().filter(|l| !g.contains(l)).collect();
                let unexpected: Vec<&String> = g.iter().filter(|l| !w.contains(l)).collect();
                out.extend(
                    missing
                        .iter()
                        .map(|l| format!("    missing     {}", l.trim())),
                );
                out.extend(
                    unexpected
                        .iter()
                        .map(|l| format!("    unexpected  {}", l.trim())),
                );
                if missing.is_empty() && unexpected.is_empty() {
                    let names = |v: &Vec<String>| {
                        v.iter()
                            .filter_map(|l| l.trim().strip_prefix("column "))
                            .map(|c| c.split(' ').next().unwrap_or(c))
                            .collect::<Vec<_>>()
                            .join(", ")
                    };
                    out.push(format!(
                        "    same lines in another order; columns of Alembic: {}",
                        names(w)
                    ));
                    out.push(format!("    columns of ast-schema: {}", names(g)));
                }
            }
            _ => {}
        }
    }
    out
}

fn check(what: &str, step: &Step, file: &str, conn: &mut dyn Connection, tree: &str) {
    let (got, got_version) = live(conn, tree);
    let diff = differences(&step.schema, &step.version, &got, &got_version);
    assert!(
        diff.is_empty(),
        "{what} (tests/reference/{file}:{}): ast-schema's schema differs from Alembic's \
         (missing: only Alembic has the line; unexpected: only ast-schema has it)\n  {}",
        step.line,
        diff.join("\n  ")
    );
}

/// Walks `tree` up and down one revision at a time on `dialect`, comparing every
/// step with Alembic's, then builds head at once on a fresh database.
fn walk(tree: &str, dialect: Dialect) {
    let file = format!("{tree}-{dialect}.steps");
    let steps = read_steps(&file);
    let t = Tree::named(tree).unwrap();
    let chain: Vec<&str> = (1..=t.len()).map(|p| t.at(p).id).collect();
    let up: Vec<&str> = steps
        .iter()
        .filter(|s| s.kind == "up")
        .map(|s| s.rev.as_str())
        .collect();
    assert_eq!(
        up, chain,
        "{tree} on {dialect}: the revisions of tests/reference/{file} are not ast-schema's chain"
    );
    let down = steps.iter().filter(|s| s.kind == "down").count();
    assert_eq!(down, chain.len(), "{file}: one downgrade per revision");

    let db = TestDb::new(dialect, &format!("ref_{tree}"));
    let mut conn = db.conn();
    let total = steps.len();
    for (n, step) in steps.iter().enumerate() {
        let (direction, target, what) = match step.kind.as_str() {
            "up" => (
                Direction::Upgrade,
                "+1",
                format!("upgrade +1 to {}", step.rev),
            ),
            "down" => (
                Direction::Downgrade,
                "-1",
                format!("downgrade -1 from {}", step.rev),
            ),
            other => panic!("{file}:{}: unknown step kind {other}", step.line),
        };
        let req = Request {
            direction,
            target,
            lock_timeout: Duration::from_secs(30),
            replay: true,
            allow_data_loss: false,
        };
        migrate::migrate(conn.as_mut(), &t, &req, &mut Silent)
            .unwrap_or_else(|e| panic!("{tree} on {dialect}: {what}: {e}"));
        check(
            &format!("{tree} on {dialect}, step {} of {total} ({what})", n + 1),
            step,
            &file,
            conn.as_mut(),
            tree,
        );
    }

    // The fast path: head built at once on a fresh database.
    let head = steps.iter().rfind(|s| s.kind == "up").unwrap();
    let fresh = TestDb::new(dialect, &format!("ref_{tree}_head"));
    let out = fresh.ok(&["--tree", tree, "--format", "json", "upgrade", "head"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["trees"][0]["method"], "fast-path", "{tree} on {dialect}");
    check(
        &format!("{tree} on {dialect}, upgrade head on a fresh database (fast path)"),
        head,
        &file,
        fresh.conn().as_mut(),
        tree,
    );
}

#[test]
fn config_mysql_matches_alembic_at_every_step() {
    walk("config", Dialect::Mysql);
}

#[test]
fn config_postgresql_matches_alembic_at_every_step() {
    walk("config", Dialect::Postgresql);
}

#[test]
fn cdr_mysql_matches_alembic_at_every_step() {
    walk("cdr", Dialect::Mysql);
}

#[test]
fn cdr_postgresql_matches_alembic_at_every_step() {
    walk("cdr", Dialect::Postgresql);
}

#[test]
fn voicemail_mysql_matches_alembic_at_every_step() {
    walk("voicemail", Dialect::Mysql);
}

#[test]
fn voicemail_postgresql_matches_alembic_at_every_step() {
    walk("voicemail", Dialect::Postgresql);
}

#[test]
fn queue_log_mysql_matches_alembic_at_every_step() {
    walk("queue_log", Dialect::Mysql);
}

#[test]
fn queue_log_postgresql_matches_alembic_at_every_step() {
    walk("queue_log", Dialect::Postgresql);
}

/// The reader itself: an alter that removes, anchors and inserts gives the block the
/// generator wrote, and a broken reference is refused rather than read wrongly.
#[test]
fn steps_reader_applies_alter_blocks() {
    let mut body: Vec<String> = [
        "  column a int",
        "  column b int",
        "  column c int",
        "  pk (a)",
    ]
    .map(String::from)
    .to_vec();
    apply_alter(
        &mut body,
        &[
            "+  column z int",
            "-  column b int",
            "   column c int",
            "+  column d int",
        ],
    )
    .unwrap();
    assert_eq!(
        body,
        [
            "  column z int",
            "  column a int",
            "  column c int",
            "  column d int",
            "  pk (a)"
        ]
    );
    assert!(apply_alter(&mut body, &["-  column q int"]).is_err());
    assert!(apply_alter(&mut body, &["   column q int", "+  column r int"]).is_err());
}

/// A failure names what differs: the version row, a table on one side only, a
/// changed line, and columns in another order.
#[test]
fn differences_are_described_per_table() {
    let dump = "enum e: 'a'\ntable t\n  column a int\n  column b int\ntable u\n  column x int\n";
    let want = parse_dump(dump).unwrap();
    assert!(differences(&want, &None, &want, &None).is_empty());
    let got =
        parse_dump("table t\n  column b int\n  column a int\ntable v\n  column y int\n").unwrap();
    let d = differences(&want, &Some(vec!["r1".into()]), &got, &Some(vec![]));
    assert_eq!(
        d,
        [
            "version row: Alembic r1, ast-schema no row",
            "enum e: Alembic has it, ast-schema does not",
            "    missing     enum e: 'a'",
            "table t:",
            "    same lines in another order; columns of Alembic: a, b",
            "    columns of ast-schema: b, a",
            "table u: Alembic has it, ast-schema does not",
            "    missing     column x int",
            "table v: ast-schema has it, Alembic does not",
            "    unexpected  column y int",
        ]
    );
}
