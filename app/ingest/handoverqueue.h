#pragma once
// Hands items from one thread to another with a bound on how many wait, so that a reader faster than its writer
// holds a few articles in memory rather than a whole file of them.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace dossier {

template<typename Item>
class HandoverQueue
{
public:
    explicit HandoverQueue(std::size_t capacity)
        : m_capacity(capacity)
    {
    }

    // Waits for room. false once the taker has stopped: the giver stops giving.
    bool give(Item &&item)
    {
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [&] { return m_items.size() < m_capacity || m_stopped; });
        if (m_stopped)
            return false;
        m_items.push_back(std::move(item));
        m_ready.notify_one();
        return true;
    }

    // The giver has no more.
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_ready.notify_all();
    }

    // The next item, waiting for one; nullopt once the giver has finished and everything was taken.
    std::optional<Item> take()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return !m_items.empty() || m_finished; });
        if (m_items.empty())
            return std::nullopt;
        std::optional<Item> item(std::move(m_items.front()));
        m_items.pop_front();
        m_room.notify_one();
        return item;
    }

    // The taker wants nothing more: what waits is dropped and the giver's next give() returns false.
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_items.clear();
        m_room.notify_all();
    }

private:
    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_room;
    std::condition_variable m_ready;
    std::deque<Item> m_items;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace dossier
