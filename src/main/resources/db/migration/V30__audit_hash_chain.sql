-- A hash chain over the audit trail. Every entry written from now on carries its place in the chain (seq,
-- counting from 1), the hash of the entry before it (prev_hash; 64 zeros for the first) and its own hash
-- (entry_hash: SHA-256 over prev_hash and the entry's canonical form, see audit.internal.AuditHashes).
-- Entries written before this migration stay as they are and are not chained: the chain starts at the first
-- entry written after it. audit_chain_head holds the last link, so that removing the newest entries shows too;
-- writers lock its one row while they append, which keeps the chain linear.
alter table audit_entry add column seq bigint;
alter table audit_entry add column prev_hash varchar(64);
alter table audit_entry add column entry_hash varchar(64);
create unique index ux_audit_entry_seq on audit_entry (seq);

create table audit_chain_head (
    id        smallint primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
    values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
