// Copies DejaVu Sans (regular and bold) from the npm package into src/io/pdf/fonts/, where the binary
// embeds them for the council report's PDF (src/io/pdf/mod.rs). DejaVu covers every letter of German,
// French, Polish and Romanian (ä ö ü ß é è ç œ ą ć ę ł ń ó ś ź ż ă â î ș ț).
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const pkg = dirname(require.resolve("dejavu-fonts-ttf/package.json"));
const target = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "src", "io", "pdf", "fonts");
mkdirSync(target, { recursive: true });
for (const file of ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]) {
  copyFileSync(join(pkg, "ttf", file), join(target, file));
}
copyFileSync(join(pkg, "LICENSE"), join(target, "DejaVu-LICENSE.txt"));
console.log(`fonts copied to ${target}`);
