"""Who am I: the store's agents and supervisors to choose from."""

from __future__ import annotations

from app.services.agents import list_agents


def test_agents_then_supervisors(demo_store) -> None:
    agents = list_agents(demo_store)
    roles = [a.role for a in agents]
    assert "agent" in roles and set(roles) <= {"agent", "supervisor"}
    assert roles == sorted(roles, key=("agent", "supervisor").index)
    assert "lina" in {a.name for a in agents}
    assert all(a.shown for a in agents)
