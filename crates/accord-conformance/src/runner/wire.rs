//! The network side of a run, shared by every request in flight: the one pacer, the
//! request and time budget, the `--workers` limit on requests in flight, `429` +
//! `Retry-After` waits and retries, the retry of an idempotent request whose pooled
//! connection was closed under it, and the run's stop state (budget spent, throttled,
//! interrupted).
//!
//! Everything here takes `&self` (cells, not `&mut`), so a batch of requests is sent
//! concurrently on one task: the runner builds the batch's requests in order, [`Wire`]
//! sends them (at most `--workers` at a time, all paced together), and the runner judges
//! the answers in the batch's order. Results therefore never depend on how many requests
//! were in flight, only on the seed.

use std::cell::{Cell, RefCell};
use std::time::{Duration, Instant, SystemTime};

use accord_report::StopReason;

use crate::config::RunConfig;
use crate::pace::{self, Pacer};
use crate::request::{HttpRequest, HttpResponse};
use crate::transport::{self, Failure};

/// Why a request got no answer.
#[derive(Debug)]
pub enum SendError {
    /// The run is stopping (budget, throttling, interruption, diagnosis).
    Stopped,
    /// No response: why.
    Transport(Failure),
}

/// What sending one request came to.
#[derive(Debug)]
pub struct Sent {
    /// Requests that went out for it (retries of `429` and of closed connections included).
    pub attempts: u64,
    /// The final answer and the `429`s waited on before it.
    pub outcome: Result<(HttpResponse, Vec<HttpResponse>), SendError>,
}

/// The shared network state of one run.
pub struct Wire<'c> {
    config: &'c RunConfig,
    client: reqwest::Client,
    pacer: RefCell<Pacer>,
    /// One permit per request in flight (`--workers`).
    in_flight: tokio::sync::Semaphore,
    /// Slow start: until the API has answered once without throttling, one request at a
    /// time, so an API that answers `429 Retry-After: 3600` gets one request, not N.
    probe: tokio::sync::Semaphore,
    answered: Cell<bool>,
    requests: Cell<u64>,
    responses: Cell<u64>,
    exhausted: Cell<bool>,
    stop: Cell<Option<StopReason>>,
    stop_note: RefCell<Option<String>>,
    started: Instant,
}

impl<'c> Wire<'c> {
    pub fn new(config: &'c RunConfig, client: reqwest::Client) -> Wire<'c> {
        Wire {
            config,
            client,
            pacer: RefCell::new(Pacer::new(config.rate_limit)),
            in_flight: tokio::sync::Semaphore::new(config.workers.max(1)),
            probe: tokio::sync::Semaphore::new(1),
            answered: Cell::new(false),
            requests: Cell::new(0),
            responses: Cell::new(0),
            exhausted: Cell::new(false),
            stop: Cell::new(None),
            stop_note: RefCell::new(None),
            started: Instant::now(),
        }
    }

    /// Requests sent so far.
    pub fn requests(&self) -> u64 {
        self.requests.get()
    }

    /// Answers received so far.
    pub fn responses(&self) -> u64 {
        self.responses.get()
    }

    /// When the run started.
    pub fn started(&self) -> Instant {
        self.started
    }

    /// Whether no request may be sent any more.
    pub fn exhausted(&self) -> bool {
        self.exhausted.get()
    }

    /// Why the run stopped early, if it did.
    pub fn stop(&self) -> Option<StopReason> {
        self.stop.get()
    }

    /// What the verdict adds about the stop (`rate-limited for 3600 s`).
    pub fn stop_note(&self) -> Option<String> {
        self.stop_note.borrow().clone()
    }

    /// Stops the run with a note for the verdict.
    pub fn halt_with(&self, why: StopReason, note: String) {
        *self.stop_note.borrow_mut() = Some(note);
        self.halt(Some(why));
    }

    /// Stops the run: no request is sent after this. The first reason given is kept.
    pub fn halt(&self, why: Option<StopReason>) {
        self.exhausted.set(true);
        if self.stop.get().is_none() {
            self.stop.set(why);
        }
    }

    /// Resolves when the run is interrupted (never when it cannot be).
    async fn interrupted(&self) {
        match self.config.interrupt.clone() {
            Some(mut rx) => {
                if rx.wait_for(|v| *v).await.is_err() {
                    std::future::pending::<()>().await;
                }
            }
            None => std::future::pending::<()>().await,
        }
    }

    /// Sleeps `wait`; `false` when interrupted meanwhile.
    async fn sleep(&self, wait: Duration) -> bool {
        if wait.is_zero() {
            return true;
        }
        let interrupted = tokio::select! {
            _ = tokio::time::sleep(wait) => false,
            _ = self.interrupted() => true,
        };
        if interrupted {
            self.halt(Some(StopReason::Interrupted));
        }
        !interrupted
    }

    /// Sends `req` through the pacer within the budget, holding one of the `--workers`
    /// permits; `429` answers pause the whole run for their `Retry-After` (up to the cap)
    /// and are retried; an idempotent request whose connection was closed under it is
    /// retried until a fresh connection takes it (at most one retry per worker).
    pub async fn transmit(&self, req: &HttpRequest) -> Sent {
        let mut attempts = 0;
        let probing = if self.answered.get() {
            None
        } else {
            // Requests queued behind the probe go at once when it was answered: only the
            // first waits alone.
            let permit = self.probe.acquire().await.ok();
            permit.filter(|_| !self.answered.get())
        };
        let outcome = match self.in_flight.acquire().await {
            Ok(_permit) => self.transmit_held(req, &mut attempts).await,
            Err(_) => Err(SendError::Stopped),
        };
        drop(probing);
        Sent { attempts, outcome }
    }

    async fn transmit_held(
        &self,
        req: &HttpRequest,
        attempts: &mut u64,
    ) -> Result<(HttpResponse, Vec<HttpResponse>), SendError> {
        let mut throttled = Vec::new();
        // Every pooled connection may have been closed while idle (one per worker): each
        // failed attempt discards one, so `--workers` retries reach a fresh connection.
        let mut retries_left = self.config.workers.max(1);
        loop {
            if self.exhausted() {
                return Err(SendError::Stopped);
            }
            if self
                .config
                .interrupt
                .as_ref()
                .is_some_and(|rx| *rx.borrow())
            {
                self.halt(Some(StopReason::Interrupted));
                return Err(SendError::Stopped);
            }
            if self.requests.get() >= self.config.max_requests {
                self.halt(Some(StopReason::MaxRequests));
                return Err(SendError::Stopped);
            }
            let wait = self.pacer.borrow_mut().reserve(Instant::now());
            let left = self
                .config
                .max_duration
                .saturating_sub(self.started.elapsed());
            if left.is_zero() || wait >= left {
                self.halt(Some(StopReason::MaxDuration));
                return Err(SendError::Stopped);
            }
            // Counted before the wait, so requests waiting together never overrun the budget.
            self.requests.set(self.requests.get() + 1);
            *attempts += 1;
            if !self.sleep(wait).await || self.exhausted() {
                // Not sent after all.
                self.requests.set(self.requests.get() - 1);
                *attempts -= 1;
                return Err(SendError::Stopped);
            }
            let sent = tokio::select! {
                r = transport::send(&self.client, req, self.config.max_response_bytes) => Some(r),
                _ = self.interrupted() => None,
            };
            let Some(result) = sent else {
                self.halt(Some(StopReason::Interrupted));
                return Err(SendError::Stopped);
            };
            let resp = match result {
                Ok(resp) => resp,
                Err(failure)
                    if failure.closed && retries_left > 0 && transport::idempotent(req) =>
                {
                    retries_left -= 1;
                    continue;
                }
                Err(failure) => return Err(SendError::Transport(failure)),
            };
            self.responses.set(self.responses.get() + 1);
            let cap = self.config.max_retry_wait;
            if let Some((remaining, reset)) = pace::rate_limit_window(
                resp.headers.iter().map(|(k, v)| (k.as_str(), v.as_str())),
                SystemTime::now(),
            ) {
                self.pacer
                    .borrow_mut()
                    .observe(Instant::now(), remaining, reset, cap);
            }
            if resp.status != 429 {
                self.answered.set(true);
                return Ok((resp, throttled));
            }
            let asked = resp
                .header("retry-after")
                .and_then(|v| pace::retry_after(v, SystemTime::now()));
            let wait = match asked {
                Some(w) => w,
                None => {
                    self.pacer.borrow_mut().slow_down(5.0);
                    Duration::from_millis(500 << throttled.len().min(4))
                }
            };
            let left = self
                .config
                .max_duration
                .saturating_sub(self.started.elapsed());
            if wait > cap || wait >= left {
                // Waiting longer than allowed: stop rather than send another request the
                // API said not to send.
                self.halt_with(
                    StopReason::Throttled,
                    format!(
                        "rate-limited for {} s, longer than the {} s the run may wait",
                        wait.as_secs(),
                        cap.min(left).as_secs()
                    ),
                );
                return Ok((resp, throttled));
            }
            self.pacer.borrow_mut().pause(Instant::now(), wait);
            if throttled.len() >= 4 {
                return Ok((resp, throttled));
            }
            throttled.push(resp);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use accord_spec::Method;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    use super::*;

    /// A server answering every request after `delay`, noting the most requests it held at
    /// once.
    async fn counting_server(delay: Duration) -> (String, Arc<AtomicUsize>) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (active, peak) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let seen = Arc::clone(&peak);
        tokio::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                let (active, peak) = (Arc::clone(&active), Arc::clone(&peak));
                tokio::spawn(async move {
                    let mut buf = Vec::new();
                    let mut chunk = [0u8; 1024];
                    loop {
                        while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                            match socket.read(&mut chunk).await {
                                Ok(0) | Err(_) => return,
                                Ok(n) => buf.extend_from_slice(&chunk[..n]),
                            }
                        }
                        buf.clear();
                        let now = active.fetch_add(1, Ordering::SeqCst) + 1;
                        peak.fetch_max(now, Ordering::SeqCst);
                        tokio::time::sleep(delay).await;
                        active.fetch_sub(1, Ordering::SeqCst);
                        let answer = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}";
                        if socket.write_all(answer).await.is_err() {
                            return;
                        }
                    }
                });
            }
        });
        (format!("http://{addr}"), seen)
    }

    /// Slow start sends the first request alone; the ones queued behind it then go
    /// `--workers` at a time, not one after another.
    #[tokio::test(flavor = "current_thread")]
    async fn requests_queued_behind_the_probe_go_together_once_it_is_answered() {
        let (base_url, peak) = counting_server(Duration::from_millis(30)).await;
        let config = RunConfig {
            base_url: base_url.clone(),
            workers: 4,
            ..RunConfig::default()
        };
        let wire = Wire::new(&config, reqwest::Client::new());
        let req = HttpRequest {
            method: Method::Get,
            url: format!("{base_url}/items"),
            headers: Vec::new(),
            body: None,
        };
        let sent = futures::future::join_all((0..9).map(|_| wire.transmit(&req))).await;
        assert!(sent.iter().all(|s| s.outcome.is_ok()), "{sent:?}");
        assert_eq!(peak.load(Ordering::SeqCst), 4);
    }
}
