"""The dashboard's two charts: open cases by state, and cases received per month by channel.

Each refresh rebuilds the series and axes from ``DashboardData``; the numbers sit on the bars
and in the legend, so a chart reads without hovering.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from inquiry_desk.domain.enums import CaseState, Channel
from inquiry_desk.domain.i18n import in_language, label_of, translate
from inquiry_desk.services.reports.service import DashboardData

# One colour per channel, kept across refreshes so that "email" is always the same blue.
CHANNEL_COLOURS = {
    Channel.MAIL: "#2f5f8f",
    Channel.FAX: "#e08a2c",
    Channel.EMAIL: "#5aa1d6",
    Channel.PHONE: "#7a9a57",
    Channel.IN_PERSON: "#9b6fb0",
}
STATE_COLOUR = "#2f5f8f"
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def chart_view(chart: QChart) -> QChartView:
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(180)  # two rows of charts and the tiles fit a 700-pixel screen
    return view


def fill_state_chart(chart: QChart, data: DashboardData) -> None:
    """Open cases per state, one horizontal bar each, in lifecycle order."""
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    states = [s for s in CaseState if s.is_open]
    bars = QBarSet(translate("DashboardWidget", "Open cases"))
    bars.setColor(QColor(STATE_COLOUR))
    bars.setLabelColor(QColor("#111827"))
    for state in reversed(states):  # top to bottom in lifecycle order
        bars.append(data.open_by_state.get(state, 0))
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    series.setBarWidth(0.7)
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append([label_of(s) for s in reversed(states)])
    values = QValueAxis()
    values.setLabelFormat("%d")
    values.setRange(0, nice_max(max(data.open_by_state.values(), default=0)))
    values.setTickCount(ticks(values.max()))
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(names)
    series.attachAxis(values)


def fill_month_chart(chart: QChart, data: DashboardData) -> None:
    """Cases received per month of the last twelve, stacked by channel."""
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    series = QStackedBarSeries()
    used = [c for c in Channel if any(m.get(c) for m in data.received_by_channel.values())]
    for channel in used or [Channel.MAIL]:
        total = sum(data.received_by_channel[m].get(channel, 0) for m in data.months)
        # The legend carries each channel's 12-month total: the numbers beside the chart.
        bars = QBarSet(f"{label_of(channel)} ({total})")
        bars.setColor(QColor(CHANNEL_COLOURS[channel]))
        for month in data.months:
            bars.append(data.received_by_channel[month].get(channel, 0))
        series.append(bars)
    series.setBarWidth(0.75)
    chart.addSeries(series)
    months = QBarCategoryAxis()
    # Month names under the bars and the years in the title: twelve full dates would not fit.
    months.append([in_language(_MONTH_NAMES[int(m[5:]) - 1], f"{int(m[5:])}月") for m in data.months])
    # Twelve labels share a third of a 1024-pixel window: a smaller font keeps "Mar" whole
    # instead of "M…".
    small = QFont(months.labelsFont())
    small.setPointSizeF(small.pointSizeF() * 0.8)
    months.setLabelsFont(small)
    chart.setTitle(
        translate("DashboardWidget", "Cases received per month, by channel ({value} to {value2})").format(
            value=data.months[0], value2=data.months[-1]
        )
    )
    values = QValueAxis()
    values.setLabelFormat("%d")
    peak = max((sum(m.values()) for m in data.received_by_channel.values()), default=0)
    values.setRange(0, nice_max(peak))
    values.setTickCount(ticks(values.max()))
    chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(months)
    series.attachAxis(values)


def nice_max(value: int) -> int:
    """An axis end a little above the largest bar, on a round number, so the label fits."""
    if value <= 4:
        return 5
    step = 5 if value <= 40 else 10 if value <= 100 else 50
    return (value // step + 1) * step


def ticks(maximum: float) -> int:
    top = int(maximum)
    for count in (6, 5, 4, 3):
        if top % (count - 1) == 0:
            return count
    return 2
