"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('agencies',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('short_name', sa.String(length=80), nullable=True),
    sa.Column('kind', sa.Enum('party', 'council', 'committee', 'department', 'district', 'commune', 'central', 'public_service', 'other', name='agencykind', native_enum=False, length=24), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('code', sa.String(length=20), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.String(length=2000), nullable=True),
    sa.Column('search_folded', sa.String(length=400), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['agencies.id'], name=op.f('fk_agencies_parent_id_agencies'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agencies')),
    sa.UniqueConstraint('uuid', name=op.f('uq_agencies_uuid'))
    )
    with op.batch_alter_table('agencies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agencies_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agencies_search_folded'), ['search_folded'], unique=False)

    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(length=120), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_uuid', sa.String(length=36), nullable=True),
    sa.Column('summary', sa.String(length=1000), nullable=True),
    sa.Column('details', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_entity_uuid'), ['entity_uuid'], unique=False)

    op.create_table('indexes',
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('publisher', sa.String(length=200), nullable=True),
    sa.Column('subject_kind', sa.Enum('province', 'agency', 'district', 'commune', name='subjectkind', native_enum=False, length=24), nullable=False),
    sa.Column('scale_min', sa.Float(), nullable=False),
    sa.Column('scale_max', sa.Float(), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=True),
    sa.Column('higher_is_better', sa.Boolean(), nullable=False),
    sa.Column('grouping_rule', sa.Enum('none', 'par_abc', 'quartile', 'five_groups', name='groupingrule', native_enum=False, length=24), nullable=False),
    sa.Column('notes', sa.String(length=2000), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indexes')),
    sa.UniqueConstraint('code', name=op.f('uq_indexes_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_indexes_uuid'))
    )
    op.create_table('plans',
    sa.Column('kind', sa.Enum('plan', 'resolution', 'programme', 'directive', name='plankind', native_enum=False, length=24), nullable=False),
    sa.Column('reference', sa.String(length=60), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('issuer', sa.String(length=200), nullable=True),
    sa.Column('title', sa.String(length=1000), nullable=False),
    sa.Column('period_start', sa.Integer(), nullable=True),
    sa.Column('period_end', sa.Integer(), nullable=True),
    sa.Column('search_folded', sa.String(length=1200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plans')),
    sa.UniqueConstraint('uuid', name=op.f('uq_plans_uuid'))
    )
    op.create_table('provinces',
    sa.Column('gso_code', sa.String(length=4), nullable=True),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('is_city', sa.Boolean(), nullable=False),
    sa.Column('valid_from_year', sa.Integer(), nullable=False),
    sa.Column('valid_to_year', sa.Integer(), nullable=True),
    sa.Column('successor_id', sa.Integer(), nullable=True),
    sa.Column('change', sa.String(length=20), nullable=True),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('search_folded', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['successor_id'], ['provinces.id'], name=op.f('fk_provinces_successor_id_provinces'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_provinces')),
    sa.UniqueConstraint('name', 'valid_from_year', name=op.f('uq_provinces_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_provinces_uuid'))
    )
    with op.batch_alter_table('provinces', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_provinces_search_folded'), ['search_folded'], unique=False)

    op.create_table('recipient_groups',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.String(length=1000), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recipient_groups')),
    sa.UniqueConstraint('name', name=op.f('uq_recipient_groups_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_recipient_groups_uuid'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.String(length=2000), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('text_bodies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_text_bodies')),
    sa.UniqueConstraint('uuid', name=op.f('uq_text_bodies_uuid'))
    )
    op.create_table('criteria_versions',
    sa.Column('index_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('valid_from_year', sa.Integer(), nullable=False),
    sa.Column('valid_to_year', sa.Integer(), nullable=True),
    sa.Column('legal_basis', sa.String(length=300), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['index_id'], ['indexes.id'], name=op.f('fk_criteria_versions_index_id_indexes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_criteria_versions')),
    sa.UniqueConstraint('index_id', 'valid_from_year', name=op.f('uq_criteria_versions_index_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_criteria_versions_uuid'))
    )
    with op.batch_alter_table('criteria_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_criteria_versions_index_id'), ['index_id'], unique=False)

    op.create_table('people',
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('search_folded', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_people_agency_id_agencies'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('uuid', name=op.f('uq_people_uuid'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_search_folded'), ['search_folded'], unique=False)

    op.create_table('plan_targets',
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=True),
    sa.Column('text', sa.String(length=1000), nullable=False),
    sa.Column('target_value', sa.String(length=100), nullable=True),
    sa.Column('achieved_value', sa.String(length=100), nullable=True),
    sa.Column('status', sa.Enum('not_met', 'in_progress', 'met', 'exceeded', name='targetstatus', native_enum=False, length=24), nullable=False),
    sa.Column('lead_agency_id', sa.Integer(), nullable=True),
    sa.Column('assessed_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.String(length=2000), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['lead_agency_id'], ['agencies.id'], name=op.f('fk_plan_targets_lead_agency_id_agencies'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_plan_targets_plan_id_plans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_targets')),
    sa.UniqueConstraint('uuid', name=op.f('uq_plan_targets_uuid'))
    )
    with op.batch_alter_table('plan_targets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_targets_plan_id'), ['plan_id'], unique=False)

    op.create_table('recipient_lines',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=300), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_recipient_lines_agency_id_agencies'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['group_id'], ['recipient_groups.id'], name=op.f('fk_recipient_lines_group_id_recipient_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recipient_lines')),
    sa.UniqueConstraint('uuid', name=op.f('uq_recipient_lines_uuid'))
    )
    with op.batch_alter_table('recipient_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recipient_lines_group_id'), ['group_id'], unique=False)

    op.create_table('result_sets',
    sa.Column('index_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('subject_kind', sa.Enum('province', 'agency', 'district', 'commune', name='subjectkind', native_enum=False, length=24), nullable=False),
    sa.Column('subject_count', sa.Integer(), nullable=False),
    sa.Column('partial', sa.Boolean(), nullable=False),
    sa.Column('national_average', sa.Float(), nullable=True),
    sa.Column('source', sa.String(length=500), nullable=True),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.String(length=2000), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['index_id'], ['indexes.id'], name=op.f('fk_result_sets_index_id_indexes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_result_sets')),
    sa.UniqueConstraint('index_id', 'year', 'subject_kind', name=op.f('uq_result_sets_index_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_result_sets_uuid'))
    )
    with op.batch_alter_table('result_sets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_result_sets_index_id'), ['index_id'], unique=False)

    op.create_table('text_blocks',
    sa.Column('body_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('heading', 'paragraph', 'numbered', 'lettered', 'bullet', name='blockkind', native_enum=False, length=24), nullable=False),
    sa.Column('label', sa.String(length=20), nullable=True),
    sa.Column('runs', sa.JSON(), nullable=False),
    sa.Column('plain_folded', sa.String(length=4000), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['body_id'], ['text_bodies.id'], name=op.f('fk_text_blocks_body_id_text_bodies'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parent_id'], ['text_blocks.id'], name=op.f('fk_text_blocks_parent_id_text_blocks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_text_blocks')),
    sa.UniqueConstraint('uuid', name=op.f('uq_text_blocks_uuid'))
    )
    with op.batch_alter_table('text_blocks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_text_blocks_body_id'), ['body_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_text_blocks_parent_id'), ['parent_id'], unique=False)

    op.create_table('criteria',
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('level', sa.Enum('field', 'criterion', 'sub_criterion', name='criterionlevel', native_enum=False, length=24), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('max_points', sa.Float(), nullable=False),
    sa.Column('lead_agency_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('is_survey', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['lead_agency_id'], ['agencies.id'], name=op.f('fk_criteria_lead_agency_id_agencies'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['parent_id'], ['criteria.id'], name=op.f('fk_criteria_parent_id_criteria'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['version_id'], ['criteria_versions.id'], name=op.f('fk_criteria_version_id_criteria_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_criteria')),
    sa.UniqueConstraint('uuid', name=op.f('uq_criteria_uuid')),
    sa.UniqueConstraint('version_id', 'code', name=op.f('uq_criteria_version_id'))
    )
    with op.batch_alter_table('criteria', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_criteria_lead_agency_id'), ['lead_agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_criteria_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_criteria_version_id'), ['version_id'], unique=False)

    op.create_table('issuing_bodies',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('parent_line', sa.String(length=200), nullable=True),
    sa.Column('body_lines', sa.String(length=400), nullable=False),
    sa.Column('symbol', sa.String(length=20), nullable=False),
    sa.Column('place', sa.String(length=80), nullable=False),
    sa.Column('signing_authority', sa.String(length=120), nullable=True),
    sa.Column('signer_title', sa.String(length=120), nullable=True),
    sa.Column('default_signer_id', sa.Integer(), nullable=True),
    sa.Column('archive_unit', sa.String(length=40), nullable=True),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_issuing_bodies_agency_id_agencies'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['default_signer_id'], ['people.id'], name=op.f('fk_issuing_bodies_default_signer_id_people'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issuing_bodies')),
    sa.UniqueConstraint('uuid', name=op.f('uq_issuing_bodies_uuid'))
    )
    op.create_table('meetings',
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('quarterly', 'annual', 'index_analysis', 'thematic', 'other', name='meetingkind', native_enum=False, length=24), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('format', sa.Enum('in_person', 'online', 'hybrid', name='meetingformat', native_enum=False, length=24), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=True),
    sa.Column('organiser', sa.String(length=200), nullable=True),
    sa.Column('chair_id', sa.Integer(), nullable=True),
    sa.Column('chair_title', sa.String(length=300), nullable=True),
    sa.Column('conclusion_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.String(length=4000), nullable=True),
    sa.Column('search_folded', sa.String(length=1000), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['chair_id'], ['people.id'], name=op.f('fk_meetings_chair_id_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['conclusion_id'], ['text_bodies.id'], name=op.f('fk_meetings_conclusion_id_text_bodies'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings')),
    sa.UniqueConstraint('uuid', name=op.f('uq_meetings_uuid'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_date'), ['date'], unique=False)

    op.create_table('positions',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_positions_agency_id_agencies'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_positions_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_positions')),
    sa.UniqueConstraint('uuid', name=op.f('uq_positions_uuid'))
    )
    with op.batch_alter_table('positions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_positions_person_id'), ['person_id'], unique=False)

    op.create_table('results',
    sa.Column('result_set_id', sa.Integer(), nullable=False),
    sa.Column('province_id', sa.Integer(), nullable=True),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('rank', sa.Integer(), nullable=True),
    sa.Column('rank_of', sa.Integer(), nullable=True),
    sa.Column('rank_is_official', sa.Boolean(), nullable=False),
    sa.Column('group', sa.String(length=10), nullable=True),
    sa.Column('notes', sa.String(length=1000), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_results_agency_id_agencies'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['province_id'], ['provinces.id'], name=op.f('fk_results_province_id_provinces'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['result_set_id'], ['result_sets.id'], name=op.f('fk_results_result_set_id_result_sets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_results')),
    sa.UniqueConstraint('result_set_id', 'agency_id', name=op.f('uq_results_result_set_id_agency_id')),
    sa.UniqueConstraint('result_set_id', 'province_id', name=op.f('uq_results_result_set_id_province_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_results_uuid'))
    )
    with op.batch_alter_table('results', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_results_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_results_province_id'), ['province_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_results_result_set_id'), ['result_set_id'], unique=False)

    op.create_table('criterion_scores',
    sa.Column('result_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('notes', sa.String(length=1000), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['criterion_id'], ['criteria.id'], name=op.f('fk_criterion_scores_criterion_id_criteria'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['result_id'], ['results.id'], name=op.f('fk_criterion_scores_result_id_results'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_criterion_scores')),
    sa.UniqueConstraint('result_id', 'criterion_id', name=op.f('uq_criterion_scores_result_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_criterion_scores_uuid'))
    )
    with op.batch_alter_table('criterion_scores', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_criterion_scores_criterion_id'), ['criterion_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_criterion_scores_result_id'), ['result_id'], unique=False)

    op.create_table('meeting_attendees',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('site_level', sa.String(length=20), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.String(length=500), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_meeting_attendees_agency_id_agencies'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_attendees_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_meeting_attendees_person_id_people'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_attendees')),
    sa.UniqueConstraint('uuid', name=op.f('uq_meeting_attendees_uuid'))
    )
    with op.batch_alter_table('meeting_attendees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attendees_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_reports',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('presenter', sa.String(length=300), nullable=False),
    sa.Column('presenter_agency_id', sa.Integer(), nullable=True),
    sa.Column('subject', sa.String(length=1000), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_reports_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['presenter_agency_id'], ['agencies.id'], name=op.f('fk_meeting_reports_presenter_agency_id_agencies'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_reports')),
    sa.UniqueConstraint('uuid', name=op.f('uq_meeting_reports_uuid'))
    )
    with op.batch_alter_table('meeting_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_reports_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_sites',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_sites_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_sites')),
    sa.UniqueConstraint('uuid', name=op.f('uq_meeting_sites_uuid'))
    )
    with op.batch_alter_table('meeting_sites', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_sites_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('notices',
    sa.Column('issuing_body_id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('doc_type', sa.String(length=10), nullable=False),
    sa.Column('type_name', sa.String(length=40), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('symbol', sa.String(length=40), nullable=False),
    sa.Column('place', sa.String(length=80), nullable=False),
    sa.Column('date_year', sa.Integer(), nullable=True),
    sa.Column('date_month', sa.Integer(), nullable=True),
    sa.Column('date_day', sa.Integer(), nullable=True),
    sa.Column('summary', sa.String(length=1000), nullable=False),
    sa.Column('body_id', sa.Integer(), nullable=False),
    sa.Column('signing_authority', sa.String(length=120), nullable=True),
    sa.Column('signer_title', sa.String(length=120), nullable=True),
    sa.Column('signer_id', sa.Integer(), nullable=True),
    sa.Column('signer_name', sa.String(length=120), nullable=True),
    sa.Column('archive_line', sa.String(length=200), nullable=True),
    sa.Column('status', sa.Enum('draft', 'issued', 'superseded', name='documentstatus', native_enum=False, length=24), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('previous_id', sa.Integer(), nullable=True),
    sa.Column('search_folded', sa.String(length=1200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['body_id'], ['text_bodies.id'], name=op.f('fk_notices_body_id_text_bodies'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['issuing_body_id'], ['issuing_bodies.id'], name=op.f('fk_notices_issuing_body_id_issuing_bodies'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_notices_meeting_id_meetings'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['previous_id'], ['notices.id'], name=op.f('fk_notices_previous_id_notices'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['signer_id'], ['people.id'], name=op.f('fk_notices_signer_id_people'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notices')),
    sa.UniqueConstraint('uuid', name=op.f('uq_notices_uuid'))
    )
    with op.batch_alter_table('notices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notices_issuing_body_id'), ['issuing_body_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_notices_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('notice_attachments',
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('body_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['body_id'], ['text_bodies.id'], name=op.f('fk_notice_attachments_body_id_text_bodies'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['notice_id'], ['notices.id'], name=op.f('fk_notice_attachments_notice_id_notices'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notice_attachments')),
    sa.UniqueConstraint('uuid', name=op.f('uq_notice_attachments_uuid'))
    )
    with op.batch_alter_table('notice_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notice_attachments_notice_id'), ['notice_id'], unique=False)

    op.create_table('notice_recipients',
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=300), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['notice_id'], ['notices.id'], name=op.f('fk_notice_recipients_notice_id_notices'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notice_recipients')),
    sa.UniqueConstraint('uuid', name=op.f('uq_notice_recipients_uuid'))
    )
    with op.batch_alter_table('notice_recipients', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notice_recipients_notice_id'), ['notice_id'], unique=False)

    op.create_table('register_entries',
    sa.Column('issuing_body_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('symbol', sa.String(length=40), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('summary', sa.String(length=1000), nullable=False),
    sa.Column('signer_name', sa.String(length=120), nullable=True),
    sa.Column('notice_id', sa.Integer(), nullable=True),
    sa.Column('pdf', sa.LargeBinary(), nullable=True),
    sa.Column('pdf_sha256', sa.String(length=64), nullable=True),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['issuing_body_id'], ['issuing_bodies.id'], name=op.f('fk_register_entries_issuing_body_id_issuing_bodies'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['notice_id'], ['notices.id'], name=op.f('fk_register_entries_notice_id_notices'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_register_entries')),
    sa.UniqueConstraint('issuing_body_id', 'year', 'number', name=op.f('uq_register_entries_issuing_body_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_register_entries_uuid'))
    )
    with op.batch_alter_table('register_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_register_entries_issuing_body_id'), ['issuing_body_id'], unique=False)

    op.create_table('tasks',
    sa.Column('title', sa.String(length=1000), nullable=False),
    sa.Column('description', sa.String(length=8000), nullable=True),
    sa.Column('source', sa.Enum('conclusion', 'plan', 'direct', name='tasksource', native_enum=False, length=24), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('source_block_id', sa.Integer(), nullable=True),
    sa.Column('notice_id', sa.Integer(), nullable=True),
    sa.Column('plan_id', sa.Integer(), nullable=True),
    sa.Column('source_reference', sa.String(length=300), nullable=True),
    sa.Column('lead_agency_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=True),
    sa.Column('assigned_on', sa.Date(), nullable=True),
    sa.Column('deadline_kind', sa.Enum('exact', 'before', 'quarter', 'month', 'recurring', 'none', name='deadlinekind', native_enum=False, length=24), nullable=False),
    sa.Column('deadline_date', sa.Date(), nullable=True),
    sa.Column('deadline_year', sa.Integer(), nullable=True),
    sa.Column('deadline_quarter', sa.Integer(), nullable=True),
    sa.Column('deadline_month', sa.Integer(), nullable=True),
    sa.Column('recurrence', sa.Enum('continuous', 'monthly', 'quarterly', 'yearly', name='recurrence', native_enum=False, length=24), nullable=True),
    sa.Column('deadline_text', sa.String(length=200), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('not_started', 'in_progress', 'done', 'done_late', name='taskstatus', native_enum=False, length=24), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('evidence', sa.String(length=1000), nullable=True),
    sa.Column('search_folded', sa.String(length=2000), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['criterion_id'], ['criteria.id'], name=op.f('fk_tasks_criterion_id_criteria'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['lead_agency_id'], ['agencies.id'], name=op.f('fk_tasks_lead_agency_id_agencies'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_tasks_meeting_id_meetings'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['notice_id'], ['notices.id'], name=op.f('fk_tasks_notice_id_notices'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_tasks_plan_id_plans'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['source_block_id'], ['text_blocks.id'], name=op.f('fk_tasks_source_block_id_text_blocks'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tasks')),
    sa.UniqueConstraint('uuid', name=op.f('uq_tasks_uuid'))
    )
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tasks_criterion_id'), ['criterion_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_lead_agency_id'), ['lead_agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_status'), ['status'], unique=False)

    op.create_table('task_cooperators',
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_task_cooperators_agency_id_agencies'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_task_cooperators_task_id_tasks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('task_id', 'agency_id', name=op.f('pk_task_cooperators'))
    )
    op.create_table('task_progress',
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('noted_on', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=4000), nullable=False),
    sa.Column('author', sa.String(length=120), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_task_progress_task_id_tasks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_progress')),
    sa.UniqueConstraint('uuid', name=op.f('uq_task_progress_uuid'))
    )
    with op.batch_alter_table('task_progress', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_progress_task_id'), ['task_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('task_progress', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_progress_task_id'))

    op.drop_table('task_progress')
    op.drop_table('task_cooperators')
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tasks_status'))
        batch_op.drop_index(batch_op.f('ix_tasks_plan_id'))
        batch_op.drop_index(batch_op.f('ix_tasks_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_tasks_lead_agency_id'))
        batch_op.drop_index(batch_op.f('ix_tasks_due_date'))
        batch_op.drop_index(batch_op.f('ix_tasks_criterion_id'))

    op.drop_table('tasks')
    with op.batch_alter_table('register_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_register_entries_issuing_body_id'))

    op.drop_table('register_entries')
    with op.batch_alter_table('notice_recipients', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notice_recipients_notice_id'))

    op.drop_table('notice_recipients')
    with op.batch_alter_table('notice_attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notice_attachments_notice_id'))

    op.drop_table('notice_attachments')
    with op.batch_alter_table('notices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notices_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_notices_issuing_body_id'))

    op.drop_table('notices')
    with op.batch_alter_table('meeting_sites', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_sites_meeting_id'))

    op.drop_table('meeting_sites')
    with op.batch_alter_table('meeting_reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_reports_meeting_id'))

    op.drop_table('meeting_reports')
    with op.batch_alter_table('meeting_attendees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_attendees_meeting_id'))

    op.drop_table('meeting_attendees')
    with op.batch_alter_table('criterion_scores', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_criterion_scores_result_id'))
        batch_op.drop_index(batch_op.f('ix_criterion_scores_criterion_id'))

    op.drop_table('criterion_scores')
    with op.batch_alter_table('results', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_results_result_set_id'))
        batch_op.drop_index(batch_op.f('ix_results_province_id'))
        batch_op.drop_index(batch_op.f('ix_results_agency_id'))

    op.drop_table('results')
    with op.batch_alter_table('positions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_positions_person_id'))

    op.drop_table('positions')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_date'))

    op.drop_table('meetings')
    op.drop_table('issuing_bodies')
    with op.batch_alter_table('criteria', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_criteria_version_id'))
        batch_op.drop_index(batch_op.f('ix_criteria_parent_id'))
        batch_op.drop_index(batch_op.f('ix_criteria_lead_agency_id'))

    op.drop_table('criteria')
    with op.batch_alter_table('text_blocks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_text_blocks_parent_id'))
        batch_op.drop_index(batch_op.f('ix_text_blocks_body_id'))

    op.drop_table('text_blocks')
    with op.batch_alter_table('result_sets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_result_sets_index_id'))

    op.drop_table('result_sets')
    with op.batch_alter_table('recipient_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recipient_lines_group_id'))

    op.drop_table('recipient_lines')
    with op.batch_alter_table('plan_targets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_targets_plan_id'))

    op.drop_table('plan_targets')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_search_folded'))
        batch_op.drop_index(batch_op.f('ix_people_agency_id'))

    op.drop_table('people')
    with op.batch_alter_table('criteria_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_criteria_versions_index_id'))

    op.drop_table('criteria_versions')
    op.drop_table('text_bodies')
    op.drop_table('settings')
    op.drop_table('recipient_groups')
    with op.batch_alter_table('provinces', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_provinces_search_folded'))

    op.drop_table('provinces')
    op.drop_table('plans')
    op.drop_table('indexes')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_entity_uuid'))
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
    with op.batch_alter_table('agencies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agencies_search_folded'))
        batch_op.drop_index(batch_op.f('ix_agencies_parent_id'))

    op.drop_table('agencies')

