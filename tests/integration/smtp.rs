//! A small SMTP server for tests, on a local port: it speaks enough of RFC 5321 for a real client
//! (greeting, EHLO/HELO, MAIL FROM, RCPT TO, DATA with dot-stuffing, RSET, NOOP, QUIT) and hands
//! every accepted message to the test. It can also refuse service (`554` at the greeting), as a
//! mail server in trouble does.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

/// One message as the server received it.
#[derive(Debug, Clone)]
pub struct Mail {
    pub from: String,
    pub to: Vec<String>,
    /// Headers and body as sent, lines ending in CRLF, dot-stuffing undone.
    pub data: String,
}

impl Mail {
    /// The header lines, folded lines joined.
    pub fn headers(&self) -> Vec<String> {
        let head = self.data.split("\r\n\r\n").next().unwrap_or_default();
        let mut headers: Vec<String> = Vec::new();
        for line in head.split("\r\n") {
            match headers.last_mut() {
                Some(last) if line.starts_with([' ', '\t']) => last.push_str(line),
                _ => headers.push(line.to_owned()),
            }
        }
        headers
    }

    /// The value of the first header `name`, case-insensitively.
    pub fn header(&self, name: &str) -> Option<String> {
        let prefix = format!("{}:", name.to_ascii_lowercase());
        self.headers()
            .into_iter()
            .find(|h| h.to_ascii_lowercase().starts_with(&prefix))
            .map(|h| h[prefix.len()..].trim().to_owned())
    }

    /// The body with quoted-printable encoding undone.
    pub fn body(&self) -> String {
        let body = self
            .data
            .split_once("\r\n\r\n")
            .map(|(_, b)| b)
            .unwrap_or_default();
        decode_quoted_printable(body)
    }
}

fn decode_quoted_printable(text: &str) -> String {
    let text = text.replace("=\r\n", "");
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'=')
            .then(|| text.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        if let Some(byte) = escaped {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub struct SmtpServer {
    pub port: u16,
    refusing: Arc<AtomicBool>,
    received: mpsc::UnboundedReceiver<Mail>,
    task: JoinHandle<()>,
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl SmtpServer {
    /// A server on a free port.
    pub async fn start() -> SmtpServer {
        SmtpServer::start_on(0).await
    }

    /// A server on `port` (0: any free one).
    pub async fn start_on(port: u16) -> SmtpServer {
        let listener = TcpListener::bind(("127.0.0.1", port))
            .await
            .expect("the SMTP test server binds");
        let port = listener.local_addr().expect("a bound address").port();
        let refusing = Arc::new(AtomicBool::new(false));
        let (sender, received) = mpsc::unbounded_channel();
        let refuse = refusing.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let sender = sender.clone();
                let refuse = refuse.load(Ordering::SeqCst);
                tokio::spawn(async move {
                    let _ = session(stream, refuse, sender).await;
                });
            }
        });
        SmtpServer {
            port,
            refusing,
            received,
            task,
        }
    }

    /// While set, every connection is answered `554` and closed.
    pub fn set_refusing(&self, refusing: bool) {
        self.refusing.store(refusing, Ordering::SeqCst);
    }

    /// The next message accepted, or `None` when none comes within `wait`.
    pub async fn next_mail(&mut self, wait: Duration) -> Option<Mail> {
        tokio::time::timeout(wait, self.received.recv())
            .await
            .ok()
            .flatten()
    }
}

async fn session(
    stream: TcpStream,
    refuse: bool,
    sender: mpsc::UnboundedSender<Mail>,
) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    if refuse {
        write
            .write_all(b"554 5.3.2 test server is not accepting mail\r\n")
            .await?;
        return Ok(());
    }
    write.write_all(b"220 smtp.test ESMTP ready\r\n").await?;
    let mut from = String::new();
    let mut to = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let command = line.trim_end().to_owned();
        let verb = command
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_ascii_uppercase();
        match verb.as_str() {
            "EHLO" => {
                write
                    .write_all(b"250-smtp.test\r\n250-8BITMIME\r\n250 SIZE 10485760\r\n")
                    .await?
            }
            "HELO" => write.write_all(b"250 smtp.test\r\n").await?,
            "MAIL" => {
                from = address(&command);
                to.clear();
                write.write_all(b"250 2.1.0 OK\r\n").await?;
            }
            "RCPT" => {
                to.push(address(&command));
                write.write_all(b"250 2.1.5 OK\r\n").await?;
            }
            "DATA" => {
                write
                    .write_all(b"354 end data with <CR><LF>.<CR><LF>\r\n")
                    .await?;
                let mut data = String::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == ".\r\n" || line == ".\n" {
                        break;
                    }
                    // A leading dot of a data line was doubled by the client.
                    data.push_str(line.strip_prefix('.').unwrap_or(&line));
                }
                let _ = sender.send(Mail {
                    from: from.clone(),
                    to: to.clone(),
                    data,
                });
                write.write_all(b"250 2.0.0 queued\r\n").await?;
            }
            "RSET" => {
                from.clear();
                to.clear();
                write.write_all(b"250 2.0.0 OK\r\n").await?;
            }
            "NOOP" => write.write_all(b"250 2.0.0 OK\r\n").await?,
            "QUIT" => {
                write.write_all(b"221 2.0.0 bye\r\n").await?;
                return Ok(());
            }
            _ => write.write_all(b"502 5.5.2 not implemented\r\n").await?,
        }
    }
}

/// The address between `<` and `>` of `MAIL FROM:<…>` or `RCPT TO:<…>`.
fn address(command: &str) -> String {
    command
        .split_once('<')
        .and_then(|(_, rest)| rest.split_once('>'))
        .map(|(address, _)| address.to_owned())
        .unwrap_or_default()
}
