// The binary embeds migrations, templates, translations, assets and the seed file; rebuild when they change.
fn main() {
    for dir in ["migrations", "templates", "locales", "assets", "seed"] {
        println!("cargo:rerun-if-changed={dir}");
    }
}
