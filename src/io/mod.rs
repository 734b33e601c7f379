//! Import and export formats shared by the command line, the API and (later) the workbench.

pub mod export;
pub mod generate;
pub mod seed;
pub mod seed_format;
