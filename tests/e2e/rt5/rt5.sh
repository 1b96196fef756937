#!/usr/bin/env bash
# A real Request Tracker 5 for end-to-end tests, from Debian's packages (no other download).
#
#   rt5.sh install        apt-get install request-tracker5 rt5-db-sqlite rt5-standalone (idempotent)
#   rt5.sh start [PORT]   configure RT for http://127.0.0.1:PORT (default 8089) and start rt-server
#   rt5.sh seed [PORT]    create a fresh ticket (customer e-mail, agent reply, internal comment);
#                         prints one line of JSON on stdout, diagnostics on stderr
#   rt5.sh followup ID [PORT]  the customer answers by e-mail and root takes the ticket
#                         (how the fixture tests/fixtures/helpdesks/rt/ticket.html was made)
#   rt5.sh stop           stop the server that `start` started
#
# install/start/stop run as root (through sudo when needed): apt-get, /etc/request-tracker5, the
# SQLite database. Web login: root / password.
# Everything here is invented: the people live at example.com.
set -euo pipefail

RT_LIB=/usr/share/request-tracker5/lib
RT_SERVER=/usr/share/request-tracker5/libexec/rt-server
SITE_CONFIG=/etc/request-tracker5/RT_SiteConfig.d/90-tactful-e2e.pm
PID_FILE=${TACTFUL_RT5_PID_FILE:-/tmp/tactful-rt5.pid}
LOG_FILE=${TACTFUL_RT5_LOG_FILE:-/tmp/tactful-rt5.log}
DEFAULT_PORT=8089

AGENT_NAME="Sam Rivera"
AGENT_EMAIL="sam.rivera@example.com"
CUSTOMER_NAME="Dana Whitfield"
CUSTOMER_EMAIL="dana.whitfield@example.com"
SUBJECT="Blender arrived cracked and two weeks late (order 48213)"

log() { printf 'rt5: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

base_url() { printf 'http://127.0.0.1:%s' "$1"; }

# Does RT's login page answer on this port?
answering() {
  curl -fsS -o /dev/null --max-time 5 "$(base_url "$1")/NoAuth/Login.html" 2>/dev/null
}

server_pid() {
  [[ -s $PID_FILE ]] || return 1
  local pid
  pid=$(<"$PID_FILE")
  kill -0 "$pid" 2>/dev/null || return 1
  printf '%s' "$pid"
}

cmd_install() {
  local pkgs=(request-tracker5 rt5-db-sqlite rt5-standalone) missing=0 pkg
  for pkg in "${pkgs[@]}"; do
    [[ $(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null) == 'install ok installed' ]] || missing=1
  done
  if ((missing == 0)); then
    log "already installed: ${pkgs[*]}"
    return 0
  fi
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y --no-install-recommends "${pkgs[@]}" >&2; then
    log "install failed; running apt-get update and retrying"
    apt-get update >&2
    apt-get install -y --no-install-recommends "${pkgs[@]}" >&2
  fi
}

write_site_config() {
  local port=$1
  cat >"$SITE_CONFIG" <<EOF
# Written by tests/e2e/rt5/rt5.sh: a local RT for Tactful's end-to-end tests.
Set(\$WebDomain, '127.0.0.1');
Set(\$WebPort, $port);
Set(\$WebPath, '');
Set(\$WebBaseURL, 'http://127.0.0.1:$port');
Set(\$CanonicalizeRedirectURLs, 0);
# Nothing leaves the machine: outgoing mail goes to a temporary file.
Set(\$MailCommand, 'testfile');
Set(\$rtname, 'tactful-e2e');
Set(\$Organization, 'example.com');
Set(\$CorrespondAddress, 'support\@example.com');
Set(\$CommentAddress, 'support-comment\@example.com');
# Tests drive RT from curl and headless Chromium: no Referer checks, no CSRF interstitials.
Set(\$RestrictReferrer, 0);
Set(\$RestrictLoginReferrer, 0);
# Logs to the server's stderr (captured in $LOG_FILE) rather than syslog.
Set(\$LogToSyslog, undef);
Set(\$LogToSTDERR, 'warning');
EOF
}

# Everyone may open and reply to tickets in General (so rt-mailgate can create the customer);
# RT's root user becomes the (invented) agent.
grant_rights() {
  perl -I"$RT_LIB" - "$AGENT_NAME" "$AGENT_EMAIL" <<'PERL' >&2
use strict;
use warnings;
use RT;
RT::LoadConfig();
RT::Init();
my ($agent_name, $agent_email) = @ARGV;
my $queue = RT::Queue->new(RT->SystemUser);
$queue->Load('General') or die "no queue General\n";
my $everyone = RT::Group->new(RT->SystemUser);
$everyone->LoadSystemInternalGroup('Everyone');
for my $right (qw(CreateTicket ReplyToTicket)) {
    next if $everyone->PrincipalObj->HasRight(Right => $right, Object => $queue);
    my ($ok, $msg) = $everyone->PrincipalObj->GrantRight(Right => $right, Object => $queue);
    die "GrantRight $right: $msg\n" unless $ok;
    print "granted Everyone $right on General\n";
}
my $root = RT::User->new(RT->SystemUser);
$root->Load('root') or die "no user root\n";
$root->SetRealName($agent_name) unless ($root->RealName // '') eq $agent_name;
$root->SetEmailAddress($agent_email) unless ($root->EmailAddress // '') eq $agent_email;
print "agent: root = ", $root->RealName, " <", $root->EmailAddress, ">\n";
PERL
}

cmd_start() {
  local port=${1:-$DEFAULT_PORT} pid
  if answering "$port"; then
    log "RT already answering on port $port"
    return 0
  fi
  if pid=$(server_pid); then
    log "a server from $PID_FILE (pid $pid) is running but not answering on $port; stop it first"
    return 1
  fi
  [[ -x $RT_SERVER ]] || die "$RT_SERVER missing; run: $0 install"
  write_site_config "$port"
  grant_rights
  log "starting rt-server on port $port (log: $LOG_FILE)"
  # setsid: the server and the workers it forks get their own process group, so `stop` can end
  # them all by the PID we record (which is the group's id).
  # The child records its own PID: whether or not setsid had to fork, that PID leads the group.
  rm -f "$PID_FILE"
  setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' rt5-server "$PID_FILE" "$RT_SERVER" --port "$port" \
    >"$LOG_FILE" 2>&1 </dev/null &
  local waited=0
  until [[ -s $PID_FILE ]]; do
    ((waited++ < 50)) || die "rt-server did not start"
    sleep 0.1
  done
  local deadline=$((SECONDS + 60))
  until answering "$port"; do
    if ! kill -0 "$(<"$PID_FILE")" 2>/dev/null; then
      tail -n 30 "$LOG_FILE" >&2 || true
      die "rt-server exited"
    fi
    if ((SECONDS >= deadline)); then
      tail -n 30 "$LOG_FILE" >&2 || true
      die "rt-server not answering on port $port after 60 s"
    fi
    sleep 0.5
  done
  log "RT answering at $(base_url "$port")/ (pid $(<"$PID_FILE"))"
}

# REST 1.0: POST with the credentials in the form; prints the body, fails unless "200 Ok".
rest() {
  local port=$1 path=$2
  shift 2
  local body
  body=$(curl -fsS --max-time 60 -d user=root -d pass=password "$@" "$(base_url "$port")/REST/1.0/$path")
  if [[ $body != *" 200 Ok"* ]]; then
    log "REST $path answered: $body"
    return 1
  fi
  printf '%s\n' "$body"
}

# REST 1.0 forms continue a field on lines that begin with a space.
rest_text() { sed -e 's/^/ /' -e '1s/^ //'; }

# Pipe an e-mail from the customer (body on stdin) into rt-mailgate: mail_in PORT SUBJECT
mail_in() {
  local port=$1 subject=$2 out
  out=$(
    {
      printf 'From: %s <%s>\n' "$CUSTOMER_NAME" "$CUSTOMER_EMAIL"
      printf 'To: support@example.com\n'
      printf 'Subject: %s\n' "$subject"
      printf 'Date: %s\n' "$(date -R)"
      printf 'Message-ID: <%s.%s@mail.example.com>\n' "$(date +%s%N)" "$$"
      printf 'MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n'
      cat
    } | rt-mailgate --url "$(base_url "$port")" --queue General --action correspond --debug 2>&1
  ) || { printf '%s\n' "$out" >&2; die "rt-mailgate failed"; }
  if [[ $out == *"not ok"* ]]; then
    printf '%s\n' "$out" >&2
    die "rt-mailgate: RT refused the e-mail"
  fi
}

cmd_seed() {
  local port=${1:-$DEFAULT_PORT}
  answering "$port" || die "RT is not answering on port $port; run: $0 start $port"
  local url id
  url=$(base_url "$port")

  # One line per paragraph, as most mail clients send it.
  mail_in "$port" "$SUBJECT" <<'EOF'
Hello,

I ordered the Vortex 900 blender on the 2nd and it only turned up yesterday, two weeks after the "guaranteed" delivery date. When I opened the box the jug was cracked right down the side, so I can't even use it.

This was meant to be a birthday present and now the birthday has come and gone. I have emailed twice already and nobody has answered. I want a replacement sent by express delivery or a full refund, and I would like to know why nobody replied to me.

Order number: 48213

Dana Whitfield
EOF
  # rt-mailgate only answers "ok"; the new ticket is this customer's newest.
  id=$(curl -fsS --max-time 30 -d user=root -d pass=password -G \
    --data-urlencode "query=Requestor.EmailAddress = '$CUSTOMER_EMAIL'" \
    --data-urlencode 'orderby=-id' --data-urlencode 'format=i' \
    "$url/REST/1.0/search/ticket" | sed -n 's|^ticket/\([0-9][0-9]*\)$|\1|p' | head -n 1)
  [[ -n $id ]] || die "could not find the ticket rt-mailgate created"
  log "ticket $id created by $CUSTOMER_EMAIL"

  local reply note
  reply=$(rest_text <<'EOF'
Hi Dana,

I'm really sorry, both for the cracked jug and for the silence when you wrote to us before. That is not the service we want you to get.

I have sent a replacement Vortex 900 by express delivery today; it should reach you within two working days, and you will get the tracking number by e-mail this afternoon. You don't need to send the damaged one back. I have also refunded the delivery charge on order 48213.

Sam Rivera
Customer Support
EOF
)
  rest "$port" "ticket/$id/comment" --data-urlencode "content=id: $id
Action: correspond
Text: $reply" >/dev/null
  log "ticket $id: agent reply added"

  note=$(rest_text <<'EOF'
Second contact about this order; her two earlier e-mails went to the old returns address. Replacement shipped express, delivery charge refunded. Follow up on Friday if no answer.
EOF
)
  rest "$port" "ticket/$id/comment" --data-urlencode "content=id: $id
Action: comment
Text: $note" >/dev/null
  log "ticket $id: internal comment added"

  printf '{"id":%s,"url":"%s/Ticket/Display.html?id=%s","customer":{"name":"%s","email":"%s"},"agent":"%s","subject":"%s"}\n' \
    "$id" "$url" "$id" "$CUSTOMER_NAME" "$CUSTOMER_EMAIL" "$AGENT_NAME" "$SUBJECT"
}

# The customer answers the agent's reply by e-mail, then the agent takes the ticket
# (used to capture tests/fixtures/helpdesks/rt/ticket.html).
cmd_followup() {
  local id=${1:-} port=${2:-$DEFAULT_PORT}
  [[ $id =~ ^[0-9]+$ ]] || die "usage: $0 followup TICKET_ID [PORT]"
  answering "$port" || die "RT is not answering on port $port; run: $0 start $port"
  local replied
  replied=$(date '+%a, %-d %b %Y')
  mail_in "$port" "Re: [tactful-e2e #$id] $SUBJECT" <<EOF
Thanks Sam, that's more like it. I'll keep an eye out for the tracking number.

Can you confirm the refund will go back to the same card? I'd rather not chase this again.

Dana

On $replied, Sam Rivera <support@example.com> wrote:
> Hi Dana,
>
> I'm really sorry, both for the cracked jug and for the silence when you wrote to us before.
EOF
  log "ticket $id: customer follow-up added"
  rest "$port" "ticket/$id/take" --data-urlencode "content=Ticket: $id
Action: take" >/dev/null
  log "ticket $id: taken by root"
}

cmd_stop() {
  local pid
  if ! pid=$(server_pid); then
    log "no running server recorded in $PID_FILE"
    rm -f "$PID_FILE"
    return 0
  fi
  log "stopping rt-server (process group $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + 15))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.3; done
  if kill -0 "$pid" 2>/dev/null; then
    log "still running; sending KILL"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
}

# Installing, configuring and signalling RT's server need root (CI runners have sudo).
case ${1:-} in
  install | start | stop)
    if [[ $EUID -ne 0 ]]; then exec sudo --preserve-env=TACTFUL_RT5_PID_FILE,TACTFUL_RT5_LOG_FILE bash "$0" "$@"; fi
    ;;
esac

case ${1:-} in
  install) cmd_install ;;
  start) cmd_start "${2:-}" ;;
  seed) cmd_seed "${2:-}" ;;
  followup) cmd_followup "${2:-}" "${3:-}" ;;
  stop) cmd_stop ;;
  *)
    echo "usage: $0 install | start [PORT] | seed [PORT] | followup TICKET_ID [PORT] | stop" >&2
    exit 2
    ;;
esac
