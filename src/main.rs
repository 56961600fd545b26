//! The `ast-schema` binary: see `src/cli/mod.rs`.

fn main() {
    std::process::exit(ast_schema::cli::main());
}
