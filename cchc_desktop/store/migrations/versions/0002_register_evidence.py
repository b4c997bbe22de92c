"""register as evidence: frozen snapshot and hash chain on register entries; meetings with notices kept

Revision ID: 0002_register_evidence
Revises: 0001_initial
Create Date: 2026-12-03

Register entries get the notice frozen at issue (``snapshot``) and a hash chain (``previous_hash``,
``entry_hash``). Entries issued before this revision have no snapshot (their DOCX is still built from the live
records); they are chained here, in the order they were registered, so ``cchc db check`` verifies them from now
on. ``notices.meeting_id`` becomes ``RESTRICT``: deleting a meeting never unlinks an issued notice.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002_register_evidence'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('register_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('snapshot', sa.UnicodeText(), nullable=True))
        batch_op.add_column(sa.Column('previous_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('entry_hash', sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_register_entries_previous_hash'), ['previous_hash'])

    with op.batch_alter_table('notices', schema=None) as batch_op:
        batch_op.drop_constraint('fk_notices_meeting_id_meetings', type_='foreignkey')
        batch_op.create_foreign_key(batch_op.f('fk_notices_meeting_id_meetings'), 'meetings', ['meeting_id'],
                                    ['id'], ondelete='RESTRICT')

    _chain_existing_entries()


def _chain_existing_entries() -> None:
    from cchc_desktop.core.register_chain import GENESIS, entry_hash

    entries = sa.table(
        'register_entries', sa.column('id', sa.Integer), sa.column('year', sa.Integer),
        sa.column('number', sa.Integer), sa.column('symbol', sa.String), sa.column('issued_on', sa.Date),
        sa.column('summary', sa.String), sa.column('signer_name', sa.String), sa.column('pdf_sha256', sa.String),
        sa.column('previous_hash', sa.String), sa.column('entry_hash', sa.String),
    )
    conn = op.get_bind()
    previous = GENESIS
    rows = conn.execute(sa.select(entries).order_by(entries.c.id)).all()
    for row in rows:
        current = entry_hash(previous, year=row.year, number=row.number, symbol=row.symbol, issued_on=row.issued_on,
                             summary=row.summary, signer_name=row.signer_name, pdf_sha256=row.pdf_sha256,
                             snapshot=None)
        conn.execute(sa.update(entries).where(entries.c.id == row.id)
                     .values(previous_hash=previous, entry_hash=current))
        previous = current


def downgrade() -> None:
    with op.batch_alter_table('notices', schema=None) as batch_op:
        batch_op.drop_constraint('fk_notices_meeting_id_meetings', type_='foreignkey')
        batch_op.create_foreign_key(batch_op.f('fk_notices_meeting_id_meetings'), 'meetings', ['meeting_id'],
                                    ['id'], ondelete='SET NULL')

    with op.batch_alter_table('register_entries', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_register_entries_previous_hash'), type_='unique')
        batch_op.drop_column('entry_hash')
        batch_op.drop_column('previous_hash')
        batch_op.drop_column('snapshot')
