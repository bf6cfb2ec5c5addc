#pragma once

#include "Enums.h"

#include <QColor>
#include <QList>

// One palette for every chart, readable by colour-blind viewers (Okabe and Ito).
namespace Palette {
inline const QColor Orange {0xE6, 0x9F, 0x00};
inline const QColor SkyBlue {0x56, 0xB4, 0xE9};
inline const QColor BluishGreen {0x00, 0x9E, 0x73};
inline const QColor Yellow {0xF0, 0xE4, 0x42};
inline const QColor Blue {0x00, 0x72, 0xB2};
inline const QColor Vermillion {0xD5, 0x5E, 0x00};
inline const QColor ReddishPurple {0xCC, 0x79, 0xA7};
inline const QColor Grey {0x99, 0x99, 0x99};
inline const QColor Black {0x00, 0x00, 0x00};

// The colour of an indicator's RAG status (its thresholds are in db: Scales and the settings).
inline QColor rag(Rag status)
{
    return status == Rag::Green ? BluishGreen : status == Rag::Amber ? Orange : Vermillion;
}

// A mission's (or programme's) status: planned, active, on hold, closed.
inline QColor status(MissionStatus value)
{
    const QColor colours[] {SkyBlue, BluishGreen, Orange, Grey};
    return colours[static_cast<int>(value)];
}

// How a mission ended: not known yet, embedded, completed, stalled, abandoned, replaced.
inline QColor outcome(MissionOutcome value)
{
    const QColor colours[] {Grey, BluishGreen, Blue, Orange, Vermillion, ReddishPurple};
    return colours[static_cast<int>(value)];
}

// A LEOP stage, on the portfolio's and a programme's charts.
inline QColor stage(Stage value)
{
    const QColor colours[] {SkyBlue, Blue, BluishGreen, Orange, ReddishPurple};
    return colours[static_cast<int>(value)];
}

// One colour per value of an enum with a colour function above, in the enum's order.
template<typename E> QList<QColor> colours(QColor (*colour)(E))
{
    QList<QColor> result;
    for (const E value : enumValues<E>())
        result.append(colour(value));
    return result;
}
} // namespace Palette
