//! The full offline SQL of every tree on every dialect, compared with the golden
//! files under `tests/golden/`, so every change to what ast-schema emits shows up
//! as a diff in review. Regenerate with `UPDATE_GOLDEN=1 cargo test --test golden`.

use ast_schema::definitions::dialect::Dialect;
use ast_schema::definitions::revision::Tree;
use ast_schema::engine::plan;
use ast_schema::engine::script::{plan_script, ScriptTransactions};

fn full_script(t: &Tree, d: Dialect) -> String {
    let up = plan::plan(t, d, 0, t.len()).unwrap();
    let down = plan::plan(t, d, t.len(), 0).unwrap();
    format!(
        "-- ast-schema {} tree, {} dialect: upgrade base:head, then downgrade head:base\n\n{}{}",
        t.name,
        d,
        plan_script(&up, ScriptTransactions::PerRevision)
            .unwrap()
            .finish(),
        plan_script(&down, ScriptTransactions::PerRevision)
            .unwrap()
            .finish()
    )
}

#[test]
fn offline_sql_matches_the_golden_files() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut stale = Vec::new();
    for t in Tree::all() {
        for d in Dialect::ALL {
            let path = dir.join(format!("{}-{}.sql", t.name, d));
            let got = full_script(&t, d);
            if update {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &got).unwrap();
                continue;
            }
            let want = std::fs::read_to_string(&path).unwrap_or_default();
            if want != got {
                let first = want
                    .lines()
                    .zip(got.lines())
                    .position(|(a, b)| a != b)
                    .unwrap_or(want.lines().count().min(got.lines().count()));
                stale.push(format!(
                    "{} (first difference at line {})",
                    path.display(),
                    first + 1
                ));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "generated SQL differs from the golden files (review, then UPDATE_GOLDEN=1):\n{}",
        stale.join("\n")
    );
}
