"""Indexes (PAR INDEX, SIPAS, PAPI …), their versioned criteria trees, and results."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...core.enums import CriterionLevel, GroupingRule, SubjectKind
from ..types import Text, enum_column
from .base import Base, Identified, Timestamped
from .catalogue import Agency, Province


class IndexDef(Identified, Timestamped, Base):
    """An index in the catalogue, with its scale."""

    __tablename__ = "indexes"

    code: Mapped[str] = mapped_column(Text(30), unique=True)  # "PAR INDEX"
    name: Mapped[str] = mapped_column(Text(300))
    publisher: Mapped[str | None] = mapped_column(Text(200))
    subject_kind: Mapped[SubjectKind] = mapped_column(enum_column(SubjectKind), default=SubjectKind.PROVINCE)
    scale_min: Mapped[float] = mapped_column(Float, default=0.0)
    scale_max: Mapped[float] = mapped_column(Float, default=100.0)
    unit: Mapped[str | None] = mapped_column(Text(20))  # "điểm", "%"
    higher_is_better: Mapped[bool] = mapped_column(Boolean, default=True)
    grouping_rule: Mapped[GroupingRule] = mapped_column(enum_column(GroupingRule), default=GroupingRule.NONE)
    notes: Mapped[str | None] = mapped_column(Text(2000))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    versions: Mapped[list[CriteriaVersion]] = relationship(
        back_populates="index", cascade="all, delete-orphan", order_by="CriteriaVersion.valid_from_year"
    )


class CriteriaVersion(Identified, Timestamped, Base):
    """A methodology of an index valid from a result year (QĐ 2948, QĐ 1149, QĐ 876 …)."""

    __tablename__ = "criteria_versions"
    __table_args__ = (UniqueConstraint("index_id", "valid_from_year"),)

    index_id: Mapped[int] = mapped_column(ForeignKey("indexes.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text(300))
    valid_from_year: Mapped[int] = mapped_column(Integer)
    valid_to_year: Mapped[int | None] = mapped_column(Integer)
    legal_basis: Mapped[str | None] = mapped_column(Text(300))

    index: Mapped[IndexDef] = relationship(back_populates="versions")
    criteria: Mapped[list[Criterion]] = relationship(
        back_populates="version", cascade="all, delete-orphan", order_by="Criterion.position"
    )


class Criterion(Identified, Base):
    """A node of a criteria tree: field (lĩnh vực) → criterion (tiêu chí) → sub-criterion (tiêu chí thành phần).

    ``lead_agency_id`` is the node's own lead agency; children without one inherit it (see core.criteria).
    """

    __tablename__ = "criteria"
    __table_args__ = (UniqueConstraint("version_id", "code"),)

    version_id: Mapped[int] = mapped_column(ForeignKey("criteria_versions.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("criteria.id", ondelete="CASCADE"), index=True)
    level: Mapped[CriterionLevel] = mapped_column(enum_column(CriterionLevel))
    code: Mapped[str] = mapped_column(Text(20))  # "1", "1.2", "1.2.3"
    name: Mapped[str] = mapped_column(Text(500))
    max_points: Mapped[float] = mapped_column(Float, default=0.0)
    lead_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="SET NULL"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_survey: Mapped[bool] = mapped_column(Boolean, default=False)  # scored by a survey, not appraisal

    version: Mapped[CriteriaVersion] = relationship(back_populates="criteria")
    parent: Mapped[Criterion | None] = relationship(remote_side="Criterion.id", back_populates="children")
    children: Mapped[list[Criterion]] = relationship(back_populates="parent", order_by="Criterion.position")
    lead_agency: Mapped[Agency | None] = relationship()


class ResultSet(Identified, Timestamped, Base):
    """One published table: an index's results for one year (possibly partial)."""

    __tablename__ = "result_sets"
    __table_args__ = (UniqueConstraint("index_id", "year", "subject_kind"),)

    index_id: Mapped[int] = mapped_column(ForeignKey("indexes.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    subject_kind: Mapped[SubjectKind] = mapped_column(enum_column(SubjectKind), default=SubjectKind.PROVINCE)
    subject_count: Mapped[int] = mapped_column(Integer)  # N in "x/N"
    partial: Mapped[bool] = mapped_column(Boolean, default=False)
    national_average: Mapped[float | None] = mapped_column(Float)
    source: Mapped[str | None] = mapped_column(Text(500))
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text(2000))

    index: Mapped[IndexDef] = relationship()
    results: Mapped[list[Result]] = relationship(back_populates="result_set", cascade="all, delete-orphan")


class Result(Identified, Base):
    """One subject's score and rank in a result set."""

    __tablename__ = "results"
    __table_args__ = (
        # Named explicitly: the naming convention (first column only) would give both the same name.
        UniqueConstraint("result_set_id", "province_id", name="uq_results_result_set_id_province_id"),
        UniqueConstraint("result_set_id", "agency_id", name="uq_results_result_set_id_agency_id"),
    )

    result_set_id: Mapped[int] = mapped_column(ForeignKey("result_sets.id", ondelete="CASCADE"), index=True)
    province_id: Mapped[int | None] = mapped_column(ForeignKey("provinces.id", ondelete="RESTRICT"), index=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"), index=True)
    score: Mapped[float | None] = mapped_column(Float)
    rank: Mapped[int | None] = mapped_column(Integer)
    rank_of: Mapped[int | None] = mapped_column(Integer)  # N, copied from the set for self-contained rows
    rank_is_official: Mapped[bool] = mapped_column(Boolean, default=True)  # False when computed by the app
    group: Mapped[str | None] = mapped_column(String(10))
    notes: Mapped[str | None] = mapped_column(Text(1000))

    result_set: Mapped[ResultSet] = relationship(back_populates="results")
    province: Mapped[Province | None] = relationship()
    agency: Mapped[Agency | None] = relationship()
    criterion_scores: Mapped[list[CriterionScore]] = relationship(
        back_populates="result", cascade="all, delete-orphan"
    )


class CriterionScore(Identified, Base):
    """The points a subject achieved on one node of the criteria tree in one year."""

    __tablename__ = "criterion_scores"
    __table_args__ = (UniqueConstraint("result_id", "criterion_id"),)

    result_id: Mapped[int] = mapped_column(ForeignKey("results.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criteria.id", ondelete="RESTRICT"), index=True)
    score: Mapped[float] = mapped_column(Float)
    notes: Mapped[str | None] = mapped_column(Text(1000))

    result: Mapped[Result] = relationship(back_populates="criterion_scores")
    criterion: Mapped[Criterion] = relationship()
