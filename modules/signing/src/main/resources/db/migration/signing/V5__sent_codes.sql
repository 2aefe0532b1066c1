-- One-time codes sent through the kernel's notifications (SMS, else e-mail) as the alternative
-- second factor. The code is sealed under the master key, bound to the account; it is good once,
-- for 5 minutes. Accounts without an authenticator get a second_factor row without a seed, so
-- that wrong codes lock them out as they lock out authenticator users.
alter table second_factor alter column secret_sealed drop not null;
create table sent_code (
    username    varchar(100) primary key,
    code_sealed text         not null,
    channel     varchar(10)  not null,
    sent_at     timestamptz  not null,
    expires_at  timestamptz  not null
);
