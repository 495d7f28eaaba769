"""The language-model seam: `ChatModel.stream(messages)`, a deterministic fake, and a client for
any OpenAI-compatible `/chat/completions` endpoint (streamed, over httpx)."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

import httpx

__all__ = ["ChatError", "ChatMessage", "ChatModel", "FakeChat", "OpenAIChat"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ChatMessage:
    role: Literal["system", "user", "assistant"]
    content: str


class ChatError(Exception):
    """The language model could not be reached or answered nonsense (the caller falls back)."""


class ChatModel(Protocol):
    """One method: stream the reply to `messages` as text pieces."""

    def stream(self, messages: Sequence[ChatMessage]) -> Iterator[str]: ...


class FakeChat:
    """Deterministic stand-in: replies `reply` if given, else quotes the first delimited passage
    with its number. Records every prompt it was sent in `seen`."""

    def __init__(self, reply: str | None = None) -> None:
        self.reply = reply
        self.seen: list[list[ChatMessage]] = []

    def stream(self, messages: Sequence[ChatMessage]) -> Iterator[str]:
        self.seen.append(list(messages))
        text = self.reply if self.reply is not None else self._echo(messages[-1].content)
        yield from re.findall(r"\S+\s*", text)

    @staticmethod
    def _echo(prompt: str) -> str:
        match = re.search(r'<passage n="(\d+)"[^>]*>\n(.*?)[.\n]', prompt, re.DOTALL)
        if not match:
            return "Underlaget räcker inte för att svara."
        return f"Enligt rapporten: {match.group(2).strip()} [{match.group(1)}]."


class OpenAIChat:
    """Streams `/chat/completions` of an OpenAI-compatible server (Ollama, vLLM, llama.cpp, ...)."""

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str = "",
        *,
        timeout: float = 60.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.model = model
        self._client = httpx.Client(
            base_url=base_url.rstrip("/") + "/",
            headers=headers,
            timeout=timeout,
            transport=transport,
        )

    def stream(self, messages: Sequence[ChatMessage]) -> Iterator[str]:
        body = {
            "model": self.model,
            "stream": True,
            "temperature": 0,
            "messages": [{"role": m.role, "content": m.content} for m in messages],
        }
        try:
            with self._client.stream("POST", "chat/completions", json=body) as response:
                if response.status_code != 200:
                    response.read()
                    raise ChatError(f"chat endpoint answered {response.status_code}")
                yield from _deltas(response.iter_lines())
        except httpx.HTTPError as exc:
            raise ChatError(f"chat endpoint unreachable: {exc}") from exc

    def close(self) -> None:
        self._client.close()


def _deltas(lines: Iterator[str]) -> Iterator[str]:
    """Text pieces from the `data:` lines of an OpenAI streaming response."""
    for line in lines:
        if not line.startswith("data:"):
            continue
        data = line[5:].strip()
        if data == "[DONE]":
            return
        try:
            choice = json.loads(data)["choices"][0]
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise ChatError(f"malformed stream event: {data[:80]!r}") from exc
        piece = (choice.get("delta") or {}).get("content") or ""
        if piece:
            yield str(piece)
