//! At every revision of every tree, in both directions, the live schema on each
//! database is exactly what the schema model says it should be (`expected.rs`).
//! This is what lets `verify` trust the model, and it checks the SQLite mapping,
//! which has no Alembic reference to compare with.

mod common;

use std::time::Duration;

use ast_schema::definitions::revision::Tree;
use ast_schema::dialect::expected;
use ast_schema::engine::migrate::{self, Request};
use ast_schema::engine::observer::Silent;
use ast_schema::engine::plan::Direction;
use ast_schema::model::Schema;
use common::{TestDb, DIALECTS};

fn step(db: &TestDb, tree: &Tree, direction: Direction, target: &str) {
    let mut conn = db.conn();
    let req = Request {
        direction,
        target,
        lock_timeout: Duration::from_secs(30),
        replay: true,
        allow_data_loss: false,
    };
    migrate::migrate(conn.as_mut(), tree, &req, &mut Silent)
        .unwrap_or_else(|e| panic!("{} {target} on {}: {e}", tree.name, db.dialect));
}

#[test]
fn live_schema_equals_the_model_at_every_revision() {
    for t in Tree::all() {
        for d in DIALECTS {
            let db = TestDb::new(d, &format!("model_{}", t.name));
            // The model follows the same path as the database: a downgrade re-adds a
            // dropped column at the end of its table, so it is folded, not rebuilt.
            let mut model = Schema::default();
            // Going up from base the column order is exact; coming down, a SQLite
            // rebuild puts columns back in the model's order while the other
            // databases keep a re-added column last, so only the set is compared.
            let check = |model: &Schema, pos: usize, ordered: bool| {
                let (mut want, mut got) = (expected::render(model, d), db.dump());
                if !ordered {
                    (want, got) = (sorted(&want), sorted(&got));
                }
                if want != got {
                    let diff: Vec<String> = diff_lines(&want, &got);
                    panic!(
                        "{} on {d} at {}: live schema differs from the model:\n{}",
                        t.name,
                        t.label(pos),
                        diff.join("\n")
                    );
                }
            };
            for pos in 1..=t.len() {
                step(&db, &t, Direction::Upgrade, "+1");
                for st in t
                    .migration(pos)
                    .unwrap()
                    .upgrade
                    .iter()
                    .filter(|s| s.applies_to(d))
                {
                    model.apply(&st.op, d).unwrap();
                }
                check(&model, pos, true);
            }
            for pos in (0..t.len()).rev() {
                step(&db, &t, Direction::Downgrade, "-1");
                for st in t
                    .migration(pos + 1)
                    .unwrap()
                    .downgrade
                    .iter()
                    .filter(|s| s.applies_to(d))
                {
                    model.apply(&st.op, d).unwrap();
                }
                check(&model, pos, false);
            }
        }
    }
}

fn sorted(s: &str) -> String {
    // keep each line under its table
    let mut table = String::new();
    let mut lines: Vec<String> = s
        .lines()
        .map(|l| {
            if let Some(t) = l.strip_prefix("table ") {
                table = t.to_string();
            }
            format!("{table}\t{l}")
        })
        .collect();
    lines.sort();
    lines.join("\n")
}

/// Lines only in `want` (-) or only in `got` (+), in order.
fn diff_lines(want: &str, got: &str) -> Vec<String> {
    let w: Vec<&str> = want.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let mut out: Vec<String> = w
        .iter()
        .filter(|l| !g.contains(l))
        .map(|l| format!("- {l}"))
        .collect();
    out.extend(
        g.iter()
            .filter(|l| !w.contains(l))
            .map(|l| format!("+ {l}")),
    );
    if out.is_empty() {
        out.push(format!(
            "(same lines, different order or count)\nexpected:\n{want}\nlive:\n{got}"
        ));
    }
    out.truncate(40);
    out
}
