-- The audit trail's hash chain moves out of audit_entry into a table of links, written after the entries commit.
-- Until now a transaction that audited locked the chain's head from its last step to its commit, so concurrent
-- audited reads took turns through it. Now an entry is inserted with a row in audit_pending (in the same
-- transaction, so both commit or neither), and the application's sealer links the pending entries in the order
-- it finds them, one sealer at a time (it locks the head), within moments of their commit.
--
-- audit_link: one row per chained entry: its place in the chain (seq, counting from 1), the entry, the hash of
-- the entry before it (prev_hash; 64 zeros for the first) and its own hash (entry_hash: SHA-256 over prev_hash and
-- the entry's canonical form with seq, see audit.internal.AuditHashes; unchanged from migration 30, so the links
-- of entries chained before this migration are copied as they are).
create table audit_link (
    seq        bigint      primary key,
    entry_id   bigint      not null,
    prev_hash  varchar(64) not null,
    entry_hash varchar(64) not null
);
create unique index ux_audit_link_entry on audit_link (entry_id);
insert into audit_link (seq, entry_id, prev_hash, entry_hash)
    select seq, id, prev_hash, entry_hash from audit_entry where seq is not null;

-- Entries written but not yet linked. An entry whose row here is gone without a link, or whose row here
-- outlives the entry, shows as tampering when the chain is checked.
create table audit_pending (
    entry_id bigint primary key
);

drop index ux_audit_entry_seq;
alter table audit_entry drop column seq;
alter table audit_entry drop column prev_hash;
alter table audit_entry drop column entry_hash;
