use clap::Parser;
use isolint::cli::{Cli, Command, DebugCommand};
use isolint::rules::{self, RuleDoc};
use isolint::run;

fn main() {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                run::EXIT_ERROR
            } else {
                run::EXIT_CLEAN
            };
            let _ = e.print();
            std::process::exit(code);
        }
    };
    let code = match cli.command {
        Command::Check(args) => run::check(&args),
        Command::Config { path, config } => run::show_config(path.as_deref(), config.as_deref()),
        Command::Debug(DebugCommand::ParseOnly { paths }) => isolint::debug::parse_only(&paths),
        Command::Debug(DebugCommand::Prefilter { paths }) => isolint::debug::prefilter(&paths),
        Command::Rules => {
            for rule in rules::all() {
                let summary = RuleDoc::get(rule.id())
                    .map(|d| d.summary.as_str())
                    .unwrap_or("");
                println!("{:<24} {}", rule.id(), summary);
            }
            run::EXIT_CLEAN
        }
        Command::Rule { id } => match RuleDoc::get(&id) {
            Some(doc) => {
                print!("{}", doc.markdown());
                run::EXIT_CLEAN
            }
            None => {
                let known: Vec<_> = rules::ids().collect();
                eprintln!(
                    "isolint: error: unknown rule `{id}`; known rules: {}",
                    known.join(", ")
                );
                run::EXIT_ERROR
            }
        },
    };
    std::process::exit(code);
}
