//! PDF documents in pure Rust, for printable reports: A4 pages with headings, wrapped paragraphs,
//! tables whose rows never split across pages (the header repeats), horizontal bar charts in grey
//! tones that read in black and white, explicit page breaks and a footer line on every page.
//!
//! Text is set in DejaVu Sans (regular and bold, `fonts/`, from the npm package dejavu-fonts-ttf;
//! licence in `fonts/DejaVu-LICENSE.txt`), compiled into the binary and embedded in each PDF as a
//! subset of the glyphs used (CID font, Identity-H, with a ToUnicode map so the text can be
//! searched and copied). DejaVu covers every letter of German, French, Polish and Romanian; no
//! shaping is needed for those scripts, so glyphs are looked up one character at a time.
//!
//! Layout happens in two steps: pages are laid out with the original glyph ids, and only when the
//! document is finished are the fonts subset and the ids renumbered to the subset's.

use std::collections::BTreeMap;
use std::io::Write;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use subsetter::GlyphRemapper;
use ttf_parser::Face;

static REGULAR: &[u8] = include_bytes!("fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("fonts/DejaVuSans-Bold.ttf");

/// A4 portrait, in points.
pub const PAGE_WIDTH: f32 = 595.28;
pub const PAGE_HEIGHT: f32 = 841.89;
/// 2 cm margins.
pub const MARGIN: f32 = 56.7;
const FOOTER_SIZE: f32 = 8.0;
const TEXT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the embedded font cannot be read: {0}")]
    Font(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

impl Weight {
    fn index(self) -> usize {
        match self {
            Weight::Regular => 0,
            Weight::Bold => 1,
        }
    }
}

/// One drawing operation, with glyph ids of the full font.
#[derive(Debug, Clone)]
enum Op {
    Text {
        font: usize,
        size: f32,
        x: f32,
        y: f32,
        glyphs: Vec<u16>,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        /// 0 black … 1 white.
        fill: f32,
        outline: bool,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
    },
}

struct FontData {
    face: Face<'static>,
    data: &'static [u8],
    base_name: &'static str,
    /// Glyphs used, with the first character each stands for (for ToUnicode).
    used: BTreeMap<u16, char>,
}

impl FontData {
    fn load(data: &'static [u8], base_name: &'static str) -> Result<FontData, PdfError> {
        let face = Face::parse(data, 0).map_err(|e| PdfError::Font(e.to_string()))?;
        Ok(FontData {
            face,
            data,
            base_name,
            used: BTreeMap::new(),
        })
    }

    fn units(&self) -> f32 {
        f32::from(self.face.units_per_em())
    }

    /// Width of a glyph in thousandths of the font size.
    fn advance(&self, glyph: u16) -> f32 {
        let advance = self
            .face
            .glyph_hor_advance(ttf_parser::GlyphId(glyph))
            .unwrap_or(0);
        f32::from(advance) * 1000.0 / self.units()
    }

    fn glyph(&self, c: char) -> u16 {
        self.face.glyph_index(c).map_or(0, |g| g.0)
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|c| self.advance(self.glyph(c)))
            .sum::<f32>()
            * size
            / 1000.0
    }
}

/// A table column: its share of the text width and whether numbers are set flush right.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub share: f32,
    pub right: bool,
}

/// A document being laid out, top to bottom.
pub struct Document {
    title: String,
    fonts: [FontData; 2],
    pages: Vec<Vec<Op>>,
    /// The baseline position of the next line, from the bottom of the page.
    y: f32,
}

impl Document {
    pub fn new(title: &str) -> Result<Document, PdfError> {
        Ok(Document {
            title: title.to_owned(),
            fonts: [
                FontData::load(REGULAR, "DejaVuSans")?,
                FontData::load(BOLD, "DejaVuSans-Bold")?,
            ],
            pages: vec![Vec::new()],
            y: PAGE_HEIGHT - MARGIN,
        })
    }

    pub fn text_width(&self) -> f32 {
        TEXT_WIDTH
    }

    fn bottom(&self) -> f32 {
        MARGIN + 2.0 * FOOTER_SIZE
    }

    fn page(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("a document has a page")
    }

    /// Starts a new page unless the current one is still empty.
    pub fn page_break(&mut self) {
        if !self.page().is_empty() {
            self.pages.push(Vec::new());
        }
        self.y = PAGE_HEIGHT - MARGIN;
    }

    /// Makes room for `height` points, breaking the page when they do not fit.
    fn need(&mut self, height: f32) {
        if self.y - height < self.bottom() {
            self.page_break();
        }
    }

    pub fn space(&mut self, points: f32) {
        self.y -= points;
    }

    fn put_text(&mut self, weight: Weight, size: f32, x: f32, y: f32, text: &str) {
        let font = &mut self.fonts[weight.index()];
        let glyphs: Vec<u16> = text
            .chars()
            .filter(|c| !c.is_control())
            .map(|c| {
                let g = font.glyph(c);
                font.used.entry(g).or_insert(c);
                g
            })
            .collect();
        if glyphs.is_empty() {
            return;
        }
        self.page().push(Op::Text {
            font: weight.index(),
            size,
            x,
            y,
            glyphs,
        });
    }

    /// Breaks `text` into lines no wider than `width`; words longer than a line are split.
    pub fn wrap(&self, text: &str, weight: Weight, size: f32, width: f32) -> Vec<String> {
        let font = &self.fonts[weight.index()];
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split_whitespace() {
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if font.width(&candidate, size) <= width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                // A word wider than the line is cut where it overflows.
                let mut piece = String::new();
                for c in word.chars() {
                    piece.push(c);
                    if font.width(&piece, size) > width && piece.chars().count() > 1 {
                        piece.pop();
                        lines.push(std::mem::take(&mut piece));
                        piece.push(c);
                    }
                }
                line = piece;
            }
            lines.push(line);
        }
        lines
    }

    /// A heading: level 1 (18 pt), 2 (14 pt) or 3 (11 pt), bold, kept with the next lines.
    pub fn heading(&mut self, text: &str, level: u8) {
        let size = match level {
            1 => 18.0,
            2 => 14.0,
            _ => 11.0,
        };
        let lines = self.wrap(text, Weight::Bold, size, self.text_width());
        let leading = size * 1.25;
        // Keep the heading with at least three lines of what follows.
        self.need(leading * lines.len() as f32 + size * 0.6 + 3.0 * 13.0);
        self.space(size * 0.6);
        for line in lines {
            self.y -= leading;
            let y = self.y + leading - size;
            self.put_text(Weight::Bold, size, MARGIN, y, &line);
        }
        self.space(size * 0.4);
    }

    /// A paragraph of running text (10 pt, or `size`).
    pub fn paragraph(&mut self, text: &str, weight: Weight, size: f32) {
        let leading = size * 1.35;
        for line in self.wrap(text, weight, size, self.text_width()) {
            self.need(leading);
            self.y -= leading;
            let y = self.y + leading - size;
            self.put_text(weight, size, MARGIN, y, &line);
        }
        self.space(size * 0.5);
    }

    /// A table: the header in bold on a light grey band, rows with hairlines between them; a row
    /// never splits across pages and the header repeats on each new page.
    pub fn table(&mut self, columns: &[Column], header: &[String], rows: &[Vec<String>]) {
        const SIZE: f32 = 9.0;
        const PAD: f32 = 3.0;
        let leading = SIZE * 1.3;
        let total: f32 = columns
            .iter()
            .map(|c| c.share)
            .sum::<f32>()
            .max(f32::EPSILON);
        let widths: Vec<f32> = columns
            .iter()
            .map(|c| c.share / total * self.text_width())
            .collect();
        let lay = |doc: &Document, cells: &[String], weight: Weight| -> Vec<Vec<String>> {
            cells
                .iter()
                .zip(&widths)
                .map(|(cell, w)| doc.wrap(cell, weight, SIZE, w - 2.0 * PAD))
                .collect()
        };
        let height = |cells: &[Vec<String>]| {
            cells.iter().map(Vec::len).max().unwrap_or(1) as f32 * leading + 2.0 * PAD
        };
        let head = lay(self, header, Weight::Bold);
        let head_height = height(&head);
        let draw_row = |doc: &mut Document, cells: &[Vec<String>], weight: Weight, band: bool| {
            let h = height(cells);
            let top = doc.y;
            if band {
                doc.page().push(Op::Rect {
                    x: MARGIN,
                    y: top - h,
                    w: TEXT_WIDTH,
                    h,
                    fill: 0.88,
                    outline: false,
                });
            }
            let mut x = MARGIN;
            for ((lines, w), column) in cells.iter().zip(&widths).zip(columns) {
                for (i, line) in lines.iter().enumerate() {
                    let y = top - PAD - SIZE - i as f32 * leading + (leading - SIZE) / 2.0;
                    let lx = if column.right {
                        x + w - PAD - doc.fonts[weight.index()].width(line, SIZE)
                    } else {
                        x + PAD
                    };
                    doc.put_text(weight, SIZE, lx, y, line);
                }
                x += w;
            }
            doc.y = top - h;
            let y = doc.y;
            doc.page().push(Op::Line {
                x1: MARGIN,
                y1: y,
                x2: MARGIN + TEXT_WIDTH,
                y2: y,
                width: 0.4,
            });
        };
        self.need(
            head_height
                + rows
                    .first()
                    .map_or(0.0, |r| height(&lay(self, r, Weight::Regular))),
        );
        draw_row(self, &head, Weight::Bold, true);
        for row in rows {
            let cells = lay(self, row, Weight::Regular);
            if self.y - height(&cells) < self.bottom() {
                self.page_break();
                draw_row(self, &head, Weight::Bold, true);
            }
            draw_row(self, &cells, Weight::Regular, false);
        }
        self.space(8.0);
    }

    /// Horizontal bars, one group per label with one bar per series; series are told apart by
    /// grey tone and outline (black and white print), `legend` names them.
    pub fn bar_chart(&mut self, legend: &[String], groups: &[(String, Vec<f64>)]) {
        const SIZE: f32 = 8.0;
        const BAR: f32 = 7.0;
        let fills = [0.25_f32, 0.75, 0.5];
        let label_width = self.text_width() * 0.25;
        let chart_width = self.text_width() - label_width - 40.0;
        let largest = groups
            .iter()
            .flat_map(|(_, v)| v.iter().copied())
            .fold(0.0_f64, f64::max);
        // The legend.
        self.need(SIZE * 2.0);
        let mut x = MARGIN;
        self.y -= SIZE * 1.5;
        for (i, name) in legend.iter().enumerate() {
            let fill = fills[i % fills.len()];
            let y = self.y;
            self.page().push(Op::Rect {
                x,
                y,
                w: 8.0,
                h: 8.0,
                fill,
                outline: true,
            });
            self.put_text(Weight::Regular, SIZE, x + 11.0, y + 1.0, name);
            x += 20.0 + self.fonts[0].width(name, SIZE);
        }
        self.space(6.0);
        for (label, values) in groups {
            let h = values.len() as f32 * (BAR + 1.0) + 4.0;
            self.need(h);
            let top = self.y;
            self.put_text(Weight::Regular, SIZE, MARGIN, top - BAR, label);
            for (i, value) in values.iter().enumerate() {
                let w = if largest > 0.0 {
                    (*value / largest) as f32 * chart_width
                } else {
                    0.0
                };
                let y = top - (i as f32 + 1.0) * (BAR + 1.0);
                if w > 0.0 {
                    self.page().push(Op::Rect {
                        x: MARGIN + label_width,
                        y,
                        w,
                        h: BAR,
                        fill: fills[i % fills.len()],
                        outline: true,
                    });
                }
                let number = format_number(*value);
                self.put_text(
                    Weight::Regular,
                    SIZE - 1.0,
                    MARGIN + label_width + w + 3.0,
                    y + 1.0,
                    &number,
                );
            }
            self.y = top - h;
        }
        self.space(8.0);
    }

    /// The finished file; `footer(page, pages)` is set at the foot of every page.
    pub fn finish(mut self, footer: impl Fn(usize, usize) -> String) -> Result<Vec<u8>, PdfError> {
        let count = self.pages.len();
        for index in 0..count {
            let text = footer(index + 1, count);
            let width = self.fonts[0].width(&text, FOOTER_SIZE);
            let font = &mut self.fonts[0];
            let glyphs: Vec<u16> = text
                .chars()
                .map(|c| {
                    let g = font.glyph(c);
                    font.used.entry(g).or_insert(c);
                    g
                })
                .collect();
            self.pages[index].push(Op::Text {
                font: 0,
                size: FOOTER_SIZE,
                x: PAGE_WIDTH - MARGIN - width,
                y: MARGIN,
                glyphs,
            });
        }
        write_pdf(&self.title, &self.fonts, &self.pages)
    }
}

fn format_number(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.2}")
    }
}

fn deflate(data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(data).expect("writing to memory");
    encoder.finish().expect("writing to memory")
}

fn write_pdf(title: &str, fonts: &[FontData; 2], pages: &[Vec<Op>]) -> Result<Vec<u8>, PdfError> {
    let mut pdf = Pdf::new();
    let mut next = 1;
    let mut alloc = || {
        let r = Ref::new(next);
        next += 1;
        r
    };
    let catalog = alloc();
    let tree = alloc();
    let info = alloc();
    let font_names = [Name(b"F1"), Name(b"F2")];

    // Fonts: subset to the glyphs used, renumbered.
    let mut font_refs = Vec::new();
    let mut remappers = Vec::new();
    for font in fonts {
        let mut remapper = GlyphRemapper::new();
        for glyph in font.used.keys() {
            remapper.remap(*glyph);
        }
        let subset = subsetter::subset(font.data, 0, &remapper)
            .map_err(|e| PdfError::Font(format!("{e:?}")))?;
        let (type0, cid, descriptor, file, cmap) = (alloc(), alloc(), alloc(), alloc(), alloc());
        // A subset font's name carries a six-letter tag (PDF 32000-1, 9.6.4).
        let tag = format!(
            "PPRPT{}+{}",
            (b'A' + font_refs.len() as u8) as char,
            font.base_name
        );
        let system = SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"Identity"),
            supplement: 0,
        };
        pdf.type0_font(type0)
            .base_font(Name(tag.as_bytes()))
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid)
            .to_unicode(cmap);
        let mut widths: Vec<(u16, f32)> = font
            .used
            .keys()
            .map(|g| (remapper.get(*g).unwrap_or(0), font.advance(*g)))
            .collect();
        widths.sort_by_key(|(g, _)| *g);
        let mut cid_font = pdf.cid_font(cid);
        cid_font
            .subtype(CidFontType::Type2)
            .base_font(Name(tag.as_bytes()))
            .system_info(system)
            .font_descriptor(descriptor)
            .default_width(0.0)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        {
            let mut w = cid_font.widths();
            for (g, width) in &widths {
                w.consecutive(*g, [*width]);
            }
        }
        cid_font.finish();
        let units = font.units();
        let scale = |v: i16| f32::from(v) * 1000.0 / units;
        let bbox = font.face.global_bounding_box();
        pdf.font_descriptor(descriptor)
            .name(Name(tag.as_bytes()))
            .flags(FontFlags::NON_SYMBOLIC)
            .bbox(Rect::new(
                scale(bbox.x_min),
                scale(bbox.y_min),
                scale(bbox.x_max),
                scale(bbox.y_max),
            ))
            .italic_angle(0.0)
            .ascent(scale(font.face.ascender()))
            .descent(scale(font.face.descender()))
            .cap_height(scale(
                font.face.capital_height().unwrap_or(font.face.ascender()),
            ))
            .stem_v(80.0)
            .font_file2(file);
        let compressed = deflate(&subset);
        pdf.stream(file, &compressed).filter(Filter::FlateDecode);
        let mut unicode = pdf_writer::types::UnicodeCmap::new(Name(b"Custom"), system);
        for (glyph, c) in &font.used {
            unicode.pair(remapper.get(*glyph).unwrap_or(0), *c);
        }
        let unicode = unicode.finish();
        pdf.cmap(cmap, unicode.as_slice());
        font_refs.push(type0);
        remappers.push(remapper);
    }

    let mut page_refs = Vec::new();
    for ops in pages {
        let (page_id, content_id) = (alloc(), alloc());
        page_refs.push(page_id);
        let mut content = Content::new();
        for op in ops {
            match op {
                Op::Text {
                    font,
                    size,
                    x,
                    y,
                    glyphs,
                } => {
                    let bytes: Vec<u8> = glyphs
                        .iter()
                        .flat_map(|g| remappers[*font].get(*g).unwrap_or(0).to_be_bytes())
                        .collect();
                    content
                        .set_fill_gray(0.0)
                        .begin_text()
                        .set_font(font_names[*font], *size)
                        .next_line(*x, *y)
                        .show(Str(&bytes))
                        .end_text();
                }
                Op::Rect {
                    x,
                    y,
                    w,
                    h,
                    fill,
                    outline,
                } => {
                    content.set_fill_gray(*fill).rect(*x, *y, *w, *h);
                    if *outline {
                        content
                            .set_stroke_gray(0.0)
                            .set_line_width(0.5)
                            .fill_nonzero_and_stroke();
                    } else {
                        content.fill_nonzero();
                    }
                }
                Op::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    width,
                } => {
                    content
                        .set_stroke_gray(0.4)
                        .set_line_width(*width)
                        .move_to(*x1, *y1)
                        .line_to(*x2, *y2)
                        .stroke();
                }
            }
        }
        let compressed = deflate(&content.finish());
        pdf.stream(content_id, &compressed)
            .filter(Filter::FlateDecode);
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT))
            .parent(tree)
            .contents(content_id);
        let mut resources = page.resources();
        let mut map = resources.fonts();
        for (name, font) in font_names.iter().zip(&font_refs) {
            map.pair(*name, *font);
        }
        map.finish();
        resources.finish();
        page.finish();
    }
    pdf.pages(tree)
        .kids(page_refs.iter().copied())
        .count(page_refs.len() as i32);
    pdf.catalog(catalog).pages(tree);
    pdf.document_info(info)
        .title(TextStr(title))
        .producer(TextStr("partnerportal"));
    Ok(pdf.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_font_has_every_letter_of_the_portals_languages() {
        let doc = Document::new("t").unwrap();
        for c in "äöüßÄÖÜéèêàçœÉąćęłńóśźżĄĆĘŁŃÓŚŹŻăâîșțĂÂÎȘȚşţ€–„“«»".chars()
        {
            assert_ne!(doc.fonts[0].glyph(c), 0, "regular lacks {c}");
            assert_ne!(doc.fonts[1].glyph(c), 0, "bold lacks {c}");
        }
    }

    #[test]
    fn long_text_wraps_within_the_width_and_long_words_are_cut() {
        let doc = Document::new("t").unwrap();
        let lines = doc.wrap(
            "Partnerschaft zwischen dem Landkreis Harz und dem Kreis Bistrița-Năsăud seit 2003",
            Weight::Regular,
            10.0,
            120.0,
        );
        assert!(lines.len() > 2);
        for line in &lines {
            assert!(doc.fonts[0].width(line, 10.0) <= 120.0, "{line}");
        }
        let cut = doc.wrap(&"x".repeat(200), Weight::Regular, 10.0, 100.0);
        assert!(cut.len() > 1 && cut.iter().all(|l| doc.fonts[0].width(l, 10.0) <= 100.0));
    }

    #[test]
    fn a_document_is_a_pdf_with_its_pages() {
        let mut doc = Document::new("Bericht").unwrap();
        doc.heading("Județul Iași", 1);
        doc.paragraph("Łódź, Besançon", Weight::Regular, 10.0);
        doc.page_break();
        doc.table(
            &[
                Column {
                    share: 1.0,
                    right: false,
                },
                Column {
                    share: 1.0,
                    right: true,
                },
            ],
            &["A".into(), "B".into()],
            &(0..80)
                .map(|i| vec![format!("Zeile {i}"), i.to_string()])
                .collect::<Vec<_>>(),
        );
        let bytes = doc.finish(|p, n| format!("{p}/{n}")).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        assert!(
            bytes.len() < 200_000,
            "the fonts are subset: {} bytes",
            bytes.len()
        );
    }
}
